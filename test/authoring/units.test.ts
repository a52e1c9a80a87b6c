/** Small pieces of the analyser, with hand-worked numbers: statistics, distances, seeds, copies. */
import { describe, expect, it } from 'vitest';
import { copyState } from '../../src/authoring/copy';
import { distanceTo, gap, symbolsOf } from '../../src/authoring/distance';
import { runSeeds } from '../../src/authoring/seeds';
import { stats } from '../../src/authoring/stats';
import { makeRun } from '../../src/engine/core/run';
import { cloneState, createGame } from '../../src/engine/game';
import { randomGame } from '../../src/engine/sim/randomPlayer';
import { fixture } from './helpers';

describe('stats', () => {
  it('min, median, p90 (nearest rank), max, mean', () => {
    // 10 values 1..10: median is the 5th (5), p90 the 9th (9), mean 5.5.
    expect(stats([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ min: 1, median: 5, p90: 9, max: 10, mean: 5.5 });
    expect(stats([3])).toEqual({ min: 3, median: 3, p90: 3, max: 3, mean: 3 });
    expect(stats([])).toEqual({ min: 0, median: 0, p90: 0, max: 0, mean: 0 });
  });
});

describe('distance to truth', () => {
  it('a comparison gives its gap scaled into [0, 1), 0 when it holds', () => {
    expect(gap('>=', 5, 5)).toBe(0);
    // 40 >= 60 misses by 20: 20 / (20 + 1 + 40 + 60).
    expect(gap('>=', 40, 60)).toBeCloseTo(20 / 121, 12);
    // Strict: 0 > 0 misses by one unit: 1 / (1 + 1 + 0 + 0).
    expect(gap('>', 0, 0)).toBe(0.5);
    expect(gap('!=', 3, 3)).toBe(0.5);
    expect(gap('==', 3, 5)).toBeCloseTo(2 / 11, 12);
  });

  it('&& adds, || takes the nearer side, ! flips the comparison, on a live game', () => {
    const loaded = fixture('clean'); // service 50, trust 60, patched false at the start
    const state = createGame(loaded, 1);
    const ctx = makeRun(loaded, state).ctx;
    const d = (src: string) => distanceTo(src, symbolsOf(loaded))(ctx);
    expect(d('service >= 50')).toBe(0);
    expect(d('service >= 70')).toBeCloseTo(20 / 141, 12);
    expect(d('service >= 70 && trust >= 70')).toBeCloseTo(20 / 141 + 10 / 141, 12);
    expect(d('service >= 70 || trust >= 70')).toBeCloseTo(10 / 141, 12);
    expect(d('!(service < 70)')).toBeCloseTo(20 / 141, 12);
    expect(d('patched')).toBe(1);
    expect(d('!patched')).toBe(0);
  });
});

describe('seeds and copies', () => {
  it('each run has its own game and player seeds, the same every time', () => {
    const a = runSeeds(1, 0);
    expect(runSeeds(1, 0)).toEqual(a);
    expect(runSeeds(1, 1)).not.toEqual(a);
    expect(runSeeds(2, 0)).not.toEqual(a);
    expect(a.game).not.toBe(a.player);
    expect(Number.isSafeInteger(a.game) && a.game >= 0).toBe(true);
  });

  it('copyState is the engine cloneState, deep', () => {
    const state = randomGame(fixture('clean'), 3, 4);
    const copy = copyState(state);
    expect(copy).toEqual(cloneState(state));
    copy.metrics.service = -1;
    copy.changes.push(copy.changes[0]!);
    expect(state.metrics.service).not.toBe(-1);
    expect(state.changes.length).toBe(copy.changes.length - 1);
  });
});
