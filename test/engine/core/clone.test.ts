/**
 * cloneState is written out by hand for speed: it must stay a true deep copy as the state grows
 * fields. Checked on real content (every bundled scenario, at every turn of random games) and on
 * a tiny scenario that fills the rarer parts (timed undos, delayed effects with notes).
 */
import { describe, expect, it } from 'vitest';
import { cloneState, createGame, playTurnInPlace } from '../../../src/engine/game';
import type { LoadedScenario } from '../../../src/engine/loaded';
import { randomGame } from '../../../src/engine/sim/randomPlayer';
import type { GameState } from '../../../src/engine/state';
import { forkState } from '../../../src/engine/clone';
import { bundledFiles, loadBundled } from '../bundled';
import { tiny } from '../helpers';

/** Every object and array reachable from `v`. */
function objectsOf(v: unknown, into = new Set<object>()): Set<object> {
  if (typeof v !== 'object' || v === null || into.has(v)) return into;
  into.add(v);
  for (const x of Object.values(v)) objectsOf(x, into);
  return into;
}

function expectTrueCopy(state: GameState): void {
  const copy = cloneState(state);
  // Not against structuredClone, which gives the id-keyed records back their Object prototype.
  expect(copy).toStrictEqual(state);
  for (const key of ['taken', 'firstTaken', 'lastTaken', 'fired', 'lastFired', 'found', 'searched', 'violated'] as const) {
    expect(Object.getPrototypeOf(copy[key])).toBeNull(); // an id may be `constructor` (see records.ts)
  }
  expect(JSON.stringify(copy)).toBe(JSON.stringify(state)); // same key order too
  const original = objectsOf(state);
  const shared = [...objectsOf(copy)].filter((o) => original.has(o));
  expect(shared).toEqual([]);
}

/** The states a random game goes through, turn by turn, replayed from its log. */
function statesOf(loaded: LoadedScenario, seed: number): GameState[] {
  const log = randomGame(loaded, seed, seed * 7 + 3, { releaseChance: 0.5, assessChance: 0.5 }).log;
  const state = createGame(loaded, seed);
  const out = [cloneState(state)];
  for (const turn of log) {
    expect(playTurnInPlace(loaded, state, turn)).toBeNull();
    out.push(cloneState(state));
  }
  return out;
}

describe('cloneState', () => {
  for (const file of bundledFiles()) {
    it(`is a deep copy sharing nothing, at every turn of random games of ${file}`, () => {
      const loaded = loadBundled(file);
      for (let seed = 0; seed < 8; seed++) for (const state of statesOf(loaded, seed)) expectTrueCopy(state);
    });
  }

  it('copies timed undos, delayed effects with their notes, releases and assessments', () => {
    const loaded = tiny({
      actors: [
        { id: 'a', name: 'A', description: 'A', prior: 1 },
        { id: 'b', name: 'B', description: 'B', prior: 1 },
      ],
      injects: [{ id: 'call', title: 'Call', body: 'Body', optional: true, repeat: true, channel: 'soc' }],
      decisions: [
        {
          id: 'd',
          category: 'containment',
          title: 'D',
          description: 'D',
          cost: { staff: 1, budget: 0 },
          once: false,
          effects: [
            { metric: 'm', add: 10, for: 2 },
            { metric: 'm', add: -5, delay: 2, note: { en: 'later' } },
          ],
        },
      ],
    });
    const state = createGame(loaded, 3);
    expect(playTurnInPlace(loaded, state, { decisions: ['d'], released: ['call'], assessment: { a: 3, b: 1 } })).toBeNull();
    expect(state.scheduled.some((s) => s.undo !== undefined)).toBe(true);
    expect(state.scheduled.some((s) => 'note' in s.effect)).toBe(true);
    expect(state.log[0]).toMatchObject({ released: ['call'], assessment: { a: 3, b: 1 } });
    expectTrueCopy(state);
    expect(playTurnInPlace(loaded, state, { decisions: [] })).toBeNull();
    expect(state.changes.some((c) => c.via === 'delay')).toBe(true);
    expectTrueCopy(state);
  });
});

describe('forkState (the analyser searches)', () => {
  for (const file of bundledFiles()) {
    it(`deep-equals the state, and playing the fork on changes nothing of the original: ${file}`, () => {
      const loaded = loadBundled(file);
      for (let seed = 0; seed < 4; seed++) {
        const states = statesOf(loaded, seed);
        const log = randomGame(loaded, seed, seed * 7 + 3, { releaseChance: 0.5, assessChance: 0.5 }).log;
        states.forEach((state, t) => {
          const fork = forkState(state);
          expect(fork).toStrictEqual(state);
          expect(JSON.stringify(fork)).toBe(JSON.stringify(state));
          const before = JSON.stringify(state);
          // Play the rest of the game on the fork, in place: the original must not move.
          for (const turn of log.slice(t)) if (!fork.ending) expect(playTurnInPlace(loaded, fork, turn)).toBeNull();
          expect(JSON.stringify(state)).toBe(before);
        });
      }
    });
  }
});
