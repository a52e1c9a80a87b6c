/** Seeds for the analysis's many games, derived from the one analysis seed. */

/** A 32-bit hash of two integers (murmur3's finaliser over a mix): well spread, never negative. */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul(Math.trunc(a) ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.trunc(b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The game seed and the random player's seed of random run `index`. */
export function runSeeds(seed: number, index: number): { game: number; player: number } {
  return { game: mixSeed(seed, 2 * index), player: mixSeed(seed, 2 * index + 1) };
}
