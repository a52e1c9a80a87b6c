/** Summary statistics of a list of scores. */
import type { Stats } from './report';

/** Min, median, 90th percentile (nearest rank), max and mean; all 0 for an empty list. */
export function stats(values: readonly number[]): Stats {
  if (values.length === 0) return { min: 0, median: 0, p90: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  let sum = 0;
  for (const v of values) sum += v;
  return { min: sorted[0]!, median: rank(0.5), p90: rank(0.9), max: sorted[sorted.length - 1]!, mean: sum / values.length };
}
