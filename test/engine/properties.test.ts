/** Determinism and bounds over random seeds and random legal play, on every bundled scenario. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beginTurn, chooseDecision, finishTurn, startGame } from '../../src/engine/game';
import { blockReasons, isLegal } from '../../src/engine/core/legal';
import { replay, toLog } from '../../src/engine/log';
import type { LoadedScenario } from '../../src/engine/loaded';
import { score } from '../../src/engine/score';
import { PlayerRandom, randomGame } from '../../src/engine/sim/randomPlayer';
import type { GameState } from '../../src/engine/state';
import { bundledFiles, loadBundled } from './bundled';

function assertBounds(loaded: LoadedScenario, state: GameState): void {
  for (const m of loaded.scenario.metrics) {
    const v = state.metrics[m.id]!;
    expect(v).toBeGreaterThanOrEqual(m.min);
    expect(v).toBeLessThanOrEqual(m.max);
  }
  expect(state.staffLeft).toBeGreaterThanOrEqual(0);
  expect(state.budgetLeft).toBeGreaterThanOrEqual(0);
}

/** Random legal play that checks the bounds after every single step. */
function checkedGame(loaded: LoadedScenario, seed: number, playerSeed: number): GameState {
  const rnd = new PlayerRandom(playerSeed);
  const run = startGame(loaded, seed);
  const { state } = run;
  assertBounds(loaded, state);
  while (!state.ending) {
    const turn = beginTurn(run);
    if ('code' in turn) throw new Error(turn.message);
    while (!state.ending && rnd.next() > 0.3) {
      const legal = loaded.scenario.decisions.filter((d) => blockReasons(turn.run, d, turn.chosen).length === 0);
      for (const d of loaded.scenario.decisions) expect(isLegal(turn.run, d, turn.chosen)).toBe(legal.includes(d));
      if (legal.length === 0) break;
      expect(chooseDecision(turn, rnd.pick(legal).id)).toBeNull();
      assertBounds(loaded, state);
    }
    finishTurn(turn);
    assertBounds(loaded, state);
  }
  for (const h of state.history) {
    for (const m of loaded.scenario.metrics) {
      expect(h.metrics[m.id]).toBeGreaterThanOrEqual(m.min);
      expect(h.metrics[m.id]).toBeLessThanOrEqual(m.max);
    }
  }
  return state;
}

const files = bundledFiles();

describe.each(files)('properties of %s', (file) => {
  const loaded = loadBundled(file);
  const seeds = fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.nat());

  it('keeps metrics within bounds and staff and budget never negative', () => {
    fc.assert(fc.property(seeds, ([seed, player]) => void checkedGame(loaded, seed, player)), { numRuns: 150 });
  });

  it('replays its own log to the identical state, and the same seed and log always give the same result', () => {
    fc.assert(
      fc.property(seeds, ([seed, player]) => {
        const played = randomGame(loaded, seed, player, { releaseChance: 0.3, assessChance: 0.5 });
        const log = JSON.parse(JSON.stringify(toLog(played)));
        const a = replay(loaded, log);
        const b = replay(loaded, log);
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(a.value).toEqual(played);
        expect(JSON.stringify(b.value)).toBe(JSON.stringify(a.value));
        expect(score(loaded, a.value)).toEqual(score(loaded, played));
      }),
      { numRuns: 150 },
    );
  });

  it('always ends, within the scenario\'s turns, with scores in 0..100', () => {
    fc.assert(
      fc.property(seeds, ([seed, player]) => {
        const s = randomGame(loaded, seed, player);
        expect(s.ending).not.toBeNull();
        const r = score(loaded, s);
        expect(r.overall).toBeGreaterThanOrEqual(0);
        expect(r.overall).toBeLessThanOrEqual(100);
        for (const v of Object.values(r.objectives)) expect(v >= 0 && v <= 1).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
