/** The numeric functions: `min`, `max`, `clamp`, `abs`, `round` (argument counts already checked). */
import type { Num } from './closures';
import { extremum } from './closures';

/**
 * `clamp(x, lo, hi)` is `min(max(x, lo), hi)`: when lo > hi, hi wins. `round` is JavaScript's
 * Math.round (halves go up: round(2.5) = 3, round(-2.5) = -2).
 */
export function compileMath(fn: string, args: readonly Num[]): Num {
  const [x = zero, lo = zero, hi = zero] = args;
  switch (fn) {
    case 'min':
      return extremum(Math.min, args);
    case 'max':
      return extremum(Math.max, args);
    case 'clamp':
      return (c) => Math.min(Math.max(x(c), lo(c)), hi(c));
    case 'abs':
      return (c) => Math.abs(x(c));
    case 'round':
      return (c) => Math.round(x(c));
    default:
      throw new Error(`not a numeric function: ${fn}`);
  }
}

const zero: Num = () => 0;
