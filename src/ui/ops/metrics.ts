/** The metrics column: value, change since last turn, a gauge coloured by `good`, and the trend. */
import { fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { h } from '../dom';
import { band, goodness, level } from '../palette';
import { sparkline } from '../sparkline';
import { watch } from '../watch';

/** The values of a metric: initial, then the end of every recorded turn, then now. */
export function seriesOf(s: Session, id: string): number[] {
  const m = s.loaded.scenario.metrics.find((x) => x.id === id)!;
  const values = [m.initial, ...s.state.history.map((r) => r.metrics[id] ?? m.initial)];
  const now = s.state.metrics[id];
  if (now !== undefined && !s.state.ending) values.push(now);
  return values;
}

function metricRow(s: Session, id: string, lang: string): HTMLElement {
  const sc = s.loaded.scenario;
  const m = sc.metrics.find((x) => x.id === id)!;
  const value = s.state.metrics[id] ?? m.initial;
  const before = s.last?.before.metrics[id];
  const delta = before === undefined ? 0 : value - before;
  const g = goodness(value, m.min, m.max, m.good);
  const b = band(g);
  const better = delta === 0 ? 'same' : (delta > 0) === (m.good === 'high') ? 'better' : 'worse';
  const label = pick(m.label, lang, sc.locales);
  const fillEl = h('div', { class: `gauge-fill band-${b}` });
  fillEl.style.width = `${(level(value, m.min, m.max) * 100).toFixed(1)}%`;
  return h(
    'li',
    { class: `metric band-${b}`, testid: `metric-${id}`, attrs: { title: m.describe ? pick(m.describe, lang, sc.locales) : null } },
    h(
      'div',
      { class: 'metric-head' },
      h('span', { class: 'metric-label' }, label),
      h('span', { class: 'metric-value mono', testid: `metric-value-${id}` }, fmtValue(value, m.unit)),
    ),
    h(
      'div',
      {
        class: 'gauge',
        attrs: {
          role: 'meter',
          'aria-label': label,
          'aria-valuemin': m.min,
          'aria-valuemax': m.max,
          'aria-valuenow': value,
          'aria-valuetext': `${fmtValue(value, m.unit)} — ${t(`common:band.${b}`)}`,
        },
      },
      fillEl,
    ),
    h(
      'div',
      { class: 'metric-foot' },
      sparkline(seriesOf(s, id), m.min, m.max, `band-${b}`),
      delta !== 0 ? h('span', { class: `metric-delta ${better} mono`, attrs: { title: t('game:metrics.sinceLastTurn') } }, fmtSigned(delta)) : h('span', { class: 'metric-delta same' }, ''),
    ),
  );
}

/** The metrics column. */
export function mountMetrics(root: HTMLElement, app: App): () => void {
  const heading = h('h2', { class: 'panel-title', attrs: { id: 'metrics-heading' } });
  const list = h('ul', { class: 'metric-list', attrs: { 'aria-labelledby': 'metrics-heading' } });
  root.replaceChildren(heading, list);
  return watch(app.store, (s) => [s.language, s.session?.state, s.session?.last] as const, ([lang]) => {
    const s = app.store.getState().session;
    if (!s) return;
    heading.textContent = t('game:metrics.heading');
    list.replaceChildren(...s.loaded.scenario.metrics.filter((m) => m.visible !== false).map((m) => metricRow(s, m.id, lang)));
  }, { defer: true, label: 'metrics' });
}
