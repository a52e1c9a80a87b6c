/** The progress screen's charts, inline SVG in the debrief's style: a value over games, and the reliability diagram. */
import { fmtNumber, fmtPercent, t } from '../../i18n';
import type { ReliabilityBin } from '../../store';
import { band } from '../palette';
import { html, nothing, svg, type TemplateResult } from '../view';

const W = 560;
const H = 170;
const PAD = { l: 44, r: 16, t: 12, b: 26 };

export interface SeriesChart {
  testid: string;
  caption: string;
  /** Read aloud instead of the drawing. */
  label: string;
  values: number[];
  min: number;
  max: number;
  /** For the line's colour band: how good a value is, 0..1. */
  goodness: (v: number) => number;
  digits?: number;
  /** A line under the chart on how to read it. */
  hint?: string;
}

/** One value per game, games in order, each point numbered as the table below it. */
export function seriesChart(c: SeriesChart): TemplateResult {
  const n = Math.max(1, c.values.length - 1);
  const x = (i: number) => (c.values.length === 1 ? (PAD.l + W - PAD.r) / 2 : PAD.l + (i / n) * (W - PAD.l - PAD.r));
  const y = (v: number) => PAD.t + (1 - (Math.min(c.max, Math.max(c.min, v)) - c.min) / (c.max - c.min)) * (H - PAD.t - PAD.b);
  const last = c.values[c.values.length - 1] ?? c.min;
  const every = Math.ceil(c.values.length / 12);
  const fmt = (v: number) => fmtNumber(v, c.digits ?? 0);
  return html`<figure class="chart-card" data-testid=${c.testid}>
    <figcaption><strong>${c.caption}</strong></figcaption>
    <svg class="chart band-${band(c.goodness(last))}" viewBox="0 0 ${W} ${H}" role="img" aria-label=${c.label}>
      ${svg`<line class="chart-axis" x1=${PAD.l} x2=${PAD.l} y1=${PAD.t} y2=${H - PAD.b}></line>
        <line class="chart-axis" x1=${PAD.l} x2=${W - PAD.r} y1=${H - PAD.b} y2=${H - PAD.b}></line>
        <text class="chart-tick" x=${PAD.l - 6} y=${PAD.t + 4} text-anchor="end">${fmt(c.max)}</text>
        <text class="chart-tick" x=${PAD.l - 6} y=${H - PAD.b} text-anchor="end">${fmt(c.min)}</text>
        ${c.values.map((_, i) => (i % every === 0 || i === c.values.length - 1 ? svg`<text class="chart-tick" x=${x(i)} y=${H - 8} text-anchor="middle">${String(i + 1)}</text>` : null))}
        <polyline class="chart-line" points=${c.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}></polyline>
        ${c.values.map(
          (v, i) => svg`<g class="chart-point"><circle cx=${x(i)} cy=${y(v)} r="4.5"></circle><title>${`${t('progress:trend.game', { n: i + 1 })}: ${fmt(v)}`}</title></g>`,
        )}`}
    </svg>
    ${c.hint ? html`<p class="muted small">${c.hint}</p>` : nothing}
  </figure>`;
}

const S = 300;
const RP = { l: 48, r: 14, t: 14, b: 44 };

/** Predicted against observed, per band of probability; the dashed diagonal is perfect calibration. */
export function reliabilityDiagram(bins: readonly ReliabilityBin[], games: number): TemplateResult {
  const full = bins.filter((b) => b.count > 0);
  const total = full.reduce((s, b) => s + b.count, 0);
  const px = (p: number) => RP.l + p * (S - RP.l - RP.r);
  const py = (p: number) => S - RP.b - p * (S - RP.t - RP.b);
  const r = (count: number) => 4 + 8 * Math.sqrt(count / Math.max(1, total));
  const ticks = [0, 0.5, 1];
  return html`<figure class="chart-card reliability" data-testid="reliability">
    <figcaption><strong>${t('progress:calibration.reliability')}</strong></figcaption>
    <svg class="chart reliability-chart" viewBox="0 0 ${S} ${S}" role="img" aria-label=${t('progress:calibration.reliabilityLabel', { count: total, games })}>
      ${svg`<line class="chart-axis" x1=${RP.l} x2=${RP.l} y1=${RP.t} y2=${S - RP.b}></line>
        <line class="chart-axis" x1=${RP.l} x2=${S - RP.r} y1=${S - RP.b} y2=${S - RP.b}></line>
        <line class="reliability-perfect" x1=${px(0)} y1=${py(0)} x2=${px(1)} y2=${py(1)}></line>
        <text class="chart-tick reliability-perfect-label" x=${px(0.62)} y=${py(0.62) - 8} text-anchor="end">${t('progress:calibration.perfect')}</text>
        ${ticks.map((v) => svg`<text class="chart-tick" x=${px(v)} y=${S - RP.b + 16} text-anchor="middle">${fmtPercent(v)}</text><text class="chart-tick" x=${RP.l - 6} y=${py(v) + 4} text-anchor="end">${fmtPercent(v)}</text>`)}
        <text class="chart-tick" x=${px(0.5)} y=${S - 6} text-anchor="middle">${t('progress:calibration.axisPredicted')}</text>
        <text class="chart-tick" transform="rotate(-90)" x=${-py(0.5)} y="12" text-anchor="middle">${t('progress:calibration.axisObserved')}</text>
        <polyline class="reliability-line" points=${full.map((b) => `${px(b.predicted).toFixed(1)},${py(b.observed).toFixed(1)}`).join(' ')}></polyline>
        ${full.map(
          (b) => svg`<g class="reliability-point"><rect x=${px(b.predicted) - r(b.count)} y=${py(b.observed) - r(b.count)} width=${2 * r(b.count)} height=${2 * r(b.count)}></rect>
            <text class="chart-tick" x=${px(b.predicted) + r(b.count) + 3} y=${py(b.observed) + 4}>${t('progress:calibration.binCount', { count: b.count })}</text>
            <title>${t('progress:calibration.binDetail', { predicted: fmtPercent(b.predicted), count: b.count, observed: fmtPercent(b.observed) })}</title></g>`,
        )}`}
    </svg>
    <p class="muted small">${t('progress:calibration.reliabilityHint')}</p>
  </figure>`;
}
