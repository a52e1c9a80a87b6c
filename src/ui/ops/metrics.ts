/** The metrics column: value and change since last turn, then a gauge coloured by `good` and the trend, both the card's full width. */
import { fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { band, goodness, level } from '../palette';
import { sparkline } from '../sparkline';
import { html, mountView, nothing, repeat, styleProps } from '../view';

/** The values of a metric: initial, then the end of every recorded turn, then now. */
export function seriesOf(s: Session, id: string): number[] {
  const m = s.loaded.scenario.metrics.find((x) => x.id === id)!;
  const values = [m.initial, ...s.state.history.map((r) => r.metrics[id] ?? m.initial)];
  const now = s.state.metrics[id];
  if (now !== undefined && !s.state.ending) values.push(now);
  return values;
}

function metricRow(s: Session, id: string, lang: string) {
  const sc = s.loaded.scenario;
  const m = sc.metrics.find((x) => x.id === id)!;
  const value = s.state.metrics[id] ?? m.initial;
  const before = s.last?.before.metrics[id];
  const delta = before === undefined ? 0 : value - before;
  const b = band(goodness(value, m.min, m.max, m.good));
  const better = delta === 0 ? 'same' : (delta > 0) === (m.good === 'high') ? 'better' : 'worse';
  const label = pick(m.label, lang, sc.locales);
  const shown = fmtValue(value, m.unit);
  return html`<li class="metric band-${b}" data-testid=${`metric-${id}`} title=${m.describe ? pick(m.describe, lang, sc.locales) : nothing}>
    <div class="metric-head"><span class="metric-label">${label}</span>
      <span class="metric-nums">${delta !== 0 ? html`<span class="metric-delta ${better} mono" title=${t('game:metrics.sinceLastTurn')}>${fmtSigned(delta)}</span>` : nothing}<span class="metric-value mono" data-testid=${`metric-value-${id}`}>${shown}</span></span></div>
    <div class="gauge" role="meter" aria-label=${label} aria-valuemin=${m.min} aria-valuemax=${m.max} aria-valuenow=${value} aria-valuetext=${`${shown} — ${t(`common:band.${b}`)}`}>
      <div class="gauge-fill band-${b}" ${styleProps({ width: `${(level(value, m.min, m.max) * 100).toFixed(1)}%` })}></div>
    </div>
    ${sparkline(seriesOf(s, id), m.min, m.max, `band-${b}`)}
  </li>`;
}

/** The metrics column. */
export function mountMetrics(root: HTMLElement, app: App): () => void {
  return mountView(
    root,
    app.store,
    (s) => [s.language, s.session?.state, s.session?.last] as const,
    ([lang]) => {
      const s = app.store.getState().session;
      if (!s) return nothing;
      const visible = s.loaded.scenario.metrics.filter((m) => m.visible !== false);
      return html`<h2 class="panel-title" id="metrics-heading">${t('game:metrics.heading')}</h2>
        <ul class="metric-list" aria-labelledby="metrics-heading">${repeat(visible, (m) => m.id, (m) => metricRow(s, m.id, lang))}</ul>`;
    },
    { defer: true, label: 'metrics' },
  );
}
