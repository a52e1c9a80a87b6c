/** The attribution board's numbers: integer percentages per actor that always sum to 100. */

/** Split the integer `total` among `ids` in proportion to `weights` (evenly if all are 0), by largest remainder. */
export function apportion(weights: Readonly<Record<string, number>>, ids: readonly string[], total: number): Record<string, number> {
  if (ids.length === 0) return {};
  const raw = ids.map((id) => {
    const w = weights[id] ?? 0;
    return Number.isFinite(w) && w > 0 ? w : 0;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  const exact = sum > 0 ? raw.map((w) => (total * w) / sum) : ids.map(() => total / ids.length);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - parts[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return Object.fromEntries(ids.map((id, i) => [id, parts[i]!]));
}

/** Integer percentages summing to 100 from non-negative weights (probabilities, priors…). */
export function toPercents(weights: Readonly<Record<string, number>>, ids: readonly string[]): Record<string, number> {
  return apportion(weights, ids, 100);
}

/**
 * Set one actor's percentage (rounded, clamped to 0..100) and share the rest among the others
 * in proportion to what they had (evenly if they all had 0), so the total stays 100.
 */
export function setPercent(
  current: Readonly<Record<string, number>>,
  ids: readonly string[],
  id: string,
  value: number,
): Record<string, number> {
  if (!ids.includes(id)) return { ...current };
  const v = Math.min(100, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
  const others = ids.filter((x) => x !== id);
  if (others.length === 0) return { [id]: 100 };
  const rest = apportion(current, others, 100 - v);
  return Object.fromEntries(ids.map((x) => [x, x === id ? v : rest[x]!]));
}
