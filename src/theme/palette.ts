/** Colours shared by the DOM panels and the Phaser map: how good a metric's value is, as a colour. */

export const COLORS = {
  bg: 0x0a1020,
  panel: 0x111a2e,
  line: 0x2a3a5c,
  text: 0xe8eefc,
  muted: 0xa9b6d3,
  accent: 0x4cc9f0,
  bad: 0xff5d5d,
  warn: 0xffb703,
  good: 0x3ddc97,
  neutral: 0x7b8db5,
} as const;

/** How good a value is, 0 (worst) .. 1 (best), from the metric's range and `good`. */
export function goodness(value: number, min: number, max: number, good: 'high' | 'low'): number {
  const r = max > min ? (value - min) / (max - min) : 0.5;
  const c = Math.min(1, Math.max(0, r));
  return good === 'high' ? c : 1 - c;
}

/** The metric's position in its range, 0..1 (for gauges and flow intensity). */
export function level(value: number, min: number, max: number): number {
  return max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0;
}

/** Band of a goodness value, for CSS classes and text: bad < 0.35 ≤ warn < 0.65 ≤ good. */
export function band(g: number): 'bad' | 'warn' | 'good' {
  return g < 0.35 ? 'bad' : g < 0.65 ? 'warn' : 'good';
}

function mix(a: number, b: number, t: number): number {
  const ch = (x: number, s: number) => (x >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return m(16) | m(8) | m(0);
}

/** A continuous colour for a goodness value: red → amber → green. */
export function goodnessColor(g: number): number {
  const x = Math.min(1, Math.max(0, g));
  return x < 0.5 ? mix(COLORS.bad, COLORS.warn, x / 0.5) : mix(COLORS.warn, COLORS.good, (x - 0.5) / 0.5);
}

/** `#rrggbb` for a colour number. */
export function css(color: number): string {
  return '#' + color.toString(16).padStart(6, '0');
}
