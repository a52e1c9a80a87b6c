/** A small inline-SVG line of a metric's values over the turns (decorative: the numbers are in text). */
import { html, nothing, svg, type TemplateResult } from './view';

const W = 120;
const H = 28;

/** The line of `values` scaled to [min, max]; the last point is marked. */
export function sparkline(values: readonly number[], min: number, max: number, className: string): TemplateResult {
  const span = max > min ? max - min : 1;
  const n = values.length;
  const x = (i: number) => (n <= 1 ? W : (i * W) / (n - 1));
  const y = (v: number) => H - 2 - ((Math.min(max, Math.max(min, v)) - min) / span) * (H - 4);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[n - 1] ?? min;
  return html`<svg class="sparkline ${className}" viewBox="-3 0 ${W + 6} ${H}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${n > 1 ? svg`<polyline class="sparkline-line" points=${points} vector-effect="non-scaling-stroke"></polyline>` : nothing}
    ${svg`<circle class="sparkline-dot" cx=${x(n - 1)} cy=${y(last)} r="2.5"></circle>`}
  </svg>`;
}
