/** The score over a scenario's games: overall, then each category, and the same as a table. */
import { fmtLocalDateTime, fmtNumber, t } from '../../i18n';
import { pick, type App, type ProgressState, type ScenarioProgress } from '../../store';
import { CATEGORY_ORDER } from '../ops/decisions';
import { html, nothing, type TemplateResult } from '../view';
import { cardTable } from './cardTable';
import { seriesChart } from './charts';

const score = (v: number | undefined) => (v === undefined ? t('progress:trend.noScore') : fmtNumber(v, 0));

function picker(app: App, all: ScenarioProgress[], shown: ScenarioProgress, lang: string): TemplateResult {
  return html`<div class="progress-picker row" role="group" aria-label=${t('progress:picker.label')}>
    ${all.map(
      (p) => html`<button class="btn" data-testid=${`progress-scenario-${p.scenario}`} aria-pressed=${p === shown ? 'true' : 'false'} @click=${() => app.actions.selectProgressScenario(p.scenario)}>
        <span>${pick(p.title, lang)}</span> <small class="muted">${t('progress:picker.games', { count: p.games.length })}</small>
      </button>`,
    )}
  </div>`;
}

function table(p: ScenarioProgress): TemplateResult {
  return html`<details class="progress-table">
    <summary>${t('progress:trend.table')}</summary>
    ${cardTable(
      ['#', t('progress:trend.when'), t('progress:trend.seed'), t('progress:trend.overall'), ...p.categories.map((c) => t(`common:category.${c}`))],
      p.games.map((g, i) => [
        t('progress:trend.gameShort', { n: i + 1 }),
        fmtLocalDateTime(g.finishedAt),
        String(g.seed),
        score(g.score.overall),
        ...p.categories.map((c) => score(g.score.categories[c])),
      ]),
    )}
  </details>`;
}

/** The trend section for the chosen scenario (the most recently played by default). */
export function trendSection(app: App, all: ScenarioProgress[], progress: ProgressState, lang: string): TemplateResult | typeof nothing {
  const shown = all.find((p) => p.scenario === progress.scenario) ?? all[0];
  if (!shown) return nothing;
  const overall = shown.games.map((g) => g.score.overall);
  const title = pick(shown.title, lang);
  const chart = (testid: string, caption: string, values: number[]) =>
    seriesChart({
      testid,
      caption,
      label: t('progress:trend.chartLabel', { label: `${title} — ${caption}`, count: values.length, first: score(values[0]), last: score(values[values.length - 1]) }),
      values,
      min: 0,
      max: 100,
      goodness: (v) => v / 100,
    });
  const categories = CATEGORY_ORDER.filter((c) => shown.categories.includes(c));
  return html`<section class="panel" aria-labelledby="trend-heading" data-testid="progress-trend">
    <h2 id="trend-heading">${t('progress:trend.heading')}</h2>
    ${picker(app, all, shown, lang)}
    <p data-testid="trend-summary">${t('progress:trend.summary', { first: score(overall[0]), last: score(overall[overall.length - 1]), best: score(Math.max(...overall)) })}</p>
    <div class="chart-grid progress-charts">
      ${chart('trend-overall', t('progress:trend.overall'), overall)}
      ${categories.map((c) => chart(`trend-${c}`, t(`common:category.${c}`), shown.games.flatMap((g) => (g.score.categories[c] === undefined ? [] : [g.score.categories[c]!]))))}
    </div>
    ${table(shown)}
  </section>`;
}
