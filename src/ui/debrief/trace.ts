/** "Where these points came from": an objective's score split among the world and the player's choices (engine `traceGame`). */
import { fmtNumber, fmtSigned, t } from '../../i18n';
import type { LoadedScenario, TraceCause, TraceShare } from '../../store';
import { decisionTitle, injectTitle } from '../names';
import { html, nothing, type TemplateResult } from '../view';

/** A cause in words: a decision's or a released inject's title, the assessment, or the world. */
export function traceCauseText(loaded: LoadedScenario, cause: TraceCause, lang: string): string {
  switch (cause.kind) {
    case 'world':
      return t('game:debrief.trace.world');
    case 'decision':
      return decisionTitle(loaded, cause.id, lang);
    case 'inject':
      return t('game:debrief.trace.released', { name: injectTitle(loaded, cause.id, lang) });
    case 'assessment':
      return t('game:debrief.trace.assessment');
  }
}

/** Points of the objective (0..100) a share stands for, signed. */
export const sharePoints = (share: number): string => fmtSigned(share * 100, 1);

function row(loaded: LoadedScenario, s: TraceShare, weight01: number, lang: string): TemplateResult {
  const cost = s.share < 0;
  const tone = s.share > 0 ? 'better' : cost ? 'worse' : '';
  const turn = 'turn' in s.cause ? ` · ${t('game:debrief.turnShort', { turn: s.cause.turn })}` : '';
  const overall = fmtSigned(s.share * weight01 * 100, 1);
  return html`<li data-testid="trace-share" data-cause=${s.cause.kind}>
    <span class="mono ${tone}">${sharePoints(s.share)}</span>
    <span>${traceCauseText(loaded, s.cause, lang)}${cost ? html` <span class="trace-cost">${t('game:debrief.trace.cost')}</span>` : nothing}<span class="muted">${turn}</span></span>
    <span class="muted trace-overall">${t('game:debrief.trace.overall', { points: overall })}</span>
  </li>`;
}

/** The expandable list of an objective's causes, the largest first; `weight01` is its weight over the total. */
export function traceDetails(loaded: LoadedScenario, objectiveId: string, shares: readonly TraceShare[] | undefined, weight01: number, lang: string): TemplateResult | typeof nothing {
  if (!shares || shares.length === 0) return nothing;
  const choices = shares.filter((s) => s.cause.kind !== 'world').length;
  return html`<details class="trace" data-testid=${`trace-${objectiveId}`}>
    <summary>${t('game:debrief.trace.summary', { count: choices })}</summary>
    <p class="muted">${t('game:debrief.trace.help')}</p>
    <ol class="trace-shares">${shares.map((s) => row(loaded, s, weight01, lang))}</ol>
    <p class="muted trace-total">${t('game:debrief.trace.total', { points: fmtNumber(shares.reduce((a, s) => a + s.share, 0) * 100, 1) })}</p>
  </details>`;
}
