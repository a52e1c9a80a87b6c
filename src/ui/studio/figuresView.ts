/** The live analysis's figures in the studio, as the check panel shows them, with the best line to watch replayed in the game. */
import { t } from '../../i18n';
import { bestLineSection, figureGrid } from '../check/figures';
import { iconOf } from '../iconView';
import { html, nothing, type TemplateResult } from '../view';
import type { StudioController } from './controller';
import type { StudioState } from './studioState';

export function figuresSection(state: StudioState, c: StudioController): TemplateResult | typeof nothing {
  const a = state.analysis;
  if (a.kind !== 'done') return nothing;
  const watch = html`<button class="btn" data-testid="studio-watch-best" @click=${() => void c.watchBest()}>${iconOf('play')}<span>${t('studio:figures.watchBest')}</span></button>`;
  return html`<details class="studio-figures" data-testid="studio-figures">
    <summary>${t('studio:figures.heading')}</summary>
    ${figureGrid(a.report, bestLineSection(a.report, watch))}
  </details>`;
}
