/** A metric over the turns as inline SVG, with markers where decisions moved it; the markers are also listed as text. */
import { fmtCompact, fmtSigned, fmtValue, t } from '../../i18n';
import { pick, type Session } from '../../store';
import { html, nothing, svg, type TemplateResult } from '../view';
import { band, goodness } from '../palette';
import { decisionTitle } from '../names';

const W = 560;
const H = 150;
const PAD = { l: 44, r: 12, t: 10, b: 24 };

interface Marker {
  turn: number;
  decision: string;
  delta: number;
}

/** Net change per (turn, decision) on this metric, from decisions and their outcomes. */
function markersOf(session: Session, metric: string): Marker[] {
  const byKey = new Map<string, Marker>();
  for (const c of session.state.changes) {
    if (c.metric !== metric || (c.cause.kind !== 'decision' && c.cause.kind !== 'outcome')) continue;
    const key = `${c.cause.turn}:${c.cause.id}`;
    const m = byKey.get(key) ?? { turn: c.cause.turn, decision: c.cause.id, delta: 0 };
    m.delta += c.to - c.from;
    byKey.set(key, m);
  }
  return [...byKey.values()].filter((m) => m.delta !== 0).sort((a, b) => a.turn - b.turn);
}

/** One metric's chart card. */
export function metricChart(session: Session, id: string, lang: string): TemplateResult {
  const sc = session.loaded.scenario;
  const m = sc.metrics.find((x) => x.id === id)!;
  const values = [m.initial, ...session.state.history.map((r) => r.metrics[id] ?? m.initial)];
  const n = Math.max(1, values.length - 1);
  const x = (turn: number) => PAD.l + (turn / n) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (Math.min(m.max, Math.max(m.min, v)) - m.min) / (m.max - m.min || 1)) * (H - PAD.t - PAD.b);
  const final = values[values.length - 1]!;
  const cls = `band-${band(goodness(final, m.min, m.max, m.good))}`;
  const markers = markersOf(session, id);
  const label = pick(m.label, lang, sc.locales);
  const ticks = Array.from({ length: n + 1 }, (_, i) => i).filter((i) => n <= 12 || i % Math.ceil(n / 12) === 0);
  const better = (mk: Marker) => mk.delta > 0 === (m.good === 'high');
  const at = (mk: Marker) => y(values[mk.turn] ?? final);
  const chart = html`<svg class="chart ${cls}" viewBox="0 0 ${W} ${H}" role="img" aria-label=${t('game:debrief.chartLabel', { label, from: fmtValue(values[0]!, m.unit), to: fmtValue(final, m.unit) })}>
    ${svg`<rect class="chart-good" x=${PAD.l} width=${W - PAD.l - PAD.r} y=${m.good === 'high' ? PAD.t : y(m.min + (m.max - m.min) * 0.35)} height=${(H - PAD.t - PAD.b) * 0.35}></rect>
      <line class="chart-axis" x1=${PAD.l} x2=${PAD.l} y1=${PAD.t} y2=${H - PAD.b}></line>
      <line class="chart-axis" x1=${PAD.l} x2=${W - PAD.r} y1=${H - PAD.b} y2=${H - PAD.b}></line>
      <text class="chart-tick" x=${PAD.l - 6} y=${PAD.t + 4} text-anchor="end">${fmtCompact(m.max)}</text>
      <text class="chart-tick" x=${PAD.l - 6} y=${H - PAD.b} text-anchor="end">${fmtCompact(m.min)}</text>
      ${ticks.map((i) => svg`<text class="chart-tick" x=${x(i)} y=${H - 6} text-anchor="middle">${i === 0 ? t('game:debrief.start') : String(i)}</text>`)}
      ${markers.map((mk) => svg`<line class="chart-marker-line" x1=${x(mk.turn)} x2=${x(mk.turn)} y1=${PAD.t} y2=${H - PAD.b}></line>`)}
      <polyline class="chart-line" points=${values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}></polyline>
      ${markers.map(
        (mk, i) => svg`<g class=${better(mk) ? 'chart-marker better' : 'chart-marker worse'}>
          <circle cx=${x(mk.turn)} cy=${at(mk)} r="9"></circle>
          <text x=${x(mk.turn)} y=${at(mk) + 4} text-anchor="middle">${i + 1}</text>
          <title>${`${t('game:debrief.turnN', { turn: mk.turn })}: ${decisionTitle(session.loaded, mk.decision, lang)} (${fmtSigned(mk.delta)})`}</title>
        </g>`,
      )}`}
  </svg>`;
  return html`<figure class="chart-card" data-testid=${`chart-${id}`}>
    <figcaption><strong>${label}</strong> <span class="mono muted">${`${fmtValue(values[0]!, m.unit)} → ${fmtValue(final, m.unit)}`}</span></figcaption>
    ${chart}
    ${markers.length
      ? html`<ol class="marker-list">
          ${markers.map((mk) => html`<li><span class="mono">${t('game:debrief.turnShort', { turn: mk.turn })}</span> ${decisionTitle(session.loaded, mk.decision, lang)} <span class="mono ${better(mk) ? 'better' : 'worse'}">${fmtSigned(mk.delta)}</span></li>`)}
        </ol>`
      : nothing}
  </figure>`;
}
