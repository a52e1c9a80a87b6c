/**
 * The format's random generator: Mulberry32, a 32-bit state advanced by a Weyl step.
 * Part of `cellule/scenario@1`: never change it within that version, or replays break.
 */

/** The generator's starting state for a seed (any finite number; non-integers are truncated). */
export function seedState(seed: number): number {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

/** Next `u` in [0, 1) and the new state. */
export function nextRandom(state: number): [u: number, state: number] {
  const s = advance(state);
  return [unitOf(s), s];
}

/** The state after `state`: `nextRandom(state)[1]`, without building a pair (hot loops). */
export function advance(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/** The `u` a just-advanced state gives: `nextRandom(s)[0]` is `unitOf(advance(s))`. */
export function unitOf(s: number): number {
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
