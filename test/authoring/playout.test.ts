/** The random player, watched, plays exactly the games it plays unwatched, and chunked tallies merge exactly. */
import { describe, expect, it } from 'vitest';
import { sampleRuns } from '../../src/authoring/sample';
import { mergeTallies } from '../../src/authoring/tally';
import { randomGame } from '../../src/engine/sim/randomPlayer';
import { loadBundled } from '../engine/bundled';
import { fixture } from './helpers';

const quiet = { legal: () => {}, rule: () => {} };

describe('randomGame with an observer', () => {
  it.each([
    [1, 2],
    [42, 7],
    [99, 1234],
  ])('plays the same game as randomGame(loaded, %i, %i)', (gameSeed, playerSeed) => {
    const loaded = loadBundled('ferry-corse-rat.json');
    expect(randomGame(loaded, gameSeed, playerSeed, {}, quiet)).toEqual(randomGame(loaded, gameSeed, playerSeed));
  });

  it('reports the decisions legal at some moment and the rules whose condition held', () => {
    const loaded = fixture('clean');
    const legal = new Set<number>();
    const rules = new Set<number>();
    const state = randomGame(loaded, 3, 4, {}, { legal: (i) => legal.add(i), rule: (i) => rules.add(i) });
    // "patch" (index 0) has no condition and costs 1 of 2 staff: legal at the start of turn 1.
    expect(legal.has(0)).toBe(true);
    // "decay" (rule 0, when !patched) held at the end of turn 1's Decide step unless patch was taken in turn 1.
    expect(rules.has(0)).toBe(state.firstTaken.patch !== 1);
    // "restore" (index 1) requires "patch": legal at some moment only if patch was taken.
    expect(legal.has(1)).toBe((state.taken.patch ?? 0) > 0);
  });
});

describe('tallies', () => {
  it('merge to the same result however the runs are cut', () => {
    const loaded = fixture('clean');
    const whole = sampleRuns(loaded, 5, 0, 120);
    const parts = mergeTallies(loaded, [sampleRuns(loaded, 5, 0, 50), sampleRuns(loaded, 5, 50, 51), sampleRuns(loaded, 5, 51, 120)]);
    expect(parts.overall).toEqual(whole.overall);
    expect(parts.legal).toEqual(whole.legal);
    expect(parts.endings).toEqual(whole.endings);
    expect(parts.objMin).toEqual(whole.objMin);
    expect(parts.turns).toBe(whole.turns);
    expect(whole.runs).toBe(120);
  });
});
