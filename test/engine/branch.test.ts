/** Rewind: a branch from one changed turn, its dropped choices with the engine's reasons, and where it departs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { branchFrom } from '../../src/engine/branch';
import { decisionStatuses } from '../../src/engine/game';
import { replay, toLog } from '../../src/engine/log';
import { score } from '../../src/engine/score';
import { randomGame } from '../../src/engine/sim/randomPlayer';
import type { Decision } from '../../src/engine/schema';
import type { PlayLog } from '../../src/engine/types';
import { bundledFiles, loadBundled } from './bundled';
import { playThrough, tiny } from './helpers';

const dec = (id: string, extra: Partial<Decision> = {}): Decision => ({
  id,
  category: 'recovery',
  title: id,
  description: id,
  cost: { staff: 1, budget: 0 },
  effects: [],
  ...extra,
});

// a: +10; b needs a: +5; c: −20; a and c exclude each other. Four turns, m starts at 50 (score = m).
const fixture = () =>
  tiny({
    decisions: [
      dec('a', { excludes: ['c'], effects: [{ metric: 'm', add: 10 }] }),
      dec('b', { requires: ['a'], effects: [{ metric: 'm', add: 5 }] }),
      dec('c', { excludes: ['a'], effects: [{ metric: 'm', add: -20 }] }),
    ],
    reference: { title: 'Ref', note: 'n', plays: [{ turn: 2, decisions: ['a', 'b'] }] },
  });

const logOf = (turns: string[][]): PlayLog => toLog(playThrough(fixture(), turns.map((decisions) => ({ decisions }))));

describe('branchFrom', () => {
  const loaded = fixture();
  const log = logOf([['a'], ['b'], [], []]);

  it('keeps later choices where legal and reports each dropped one with its reason', () => {
    const r = branchFrom(loaded, log, 1, { decisions: ['c'] }, 'keep');
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const b = r.value;
    expect(b.state.metrics.m).toBe(30); // 50 − 20; b (needs a) dropped
    expect(b.score.overall).toBe(30);
    expect(b.dropped).toEqual([{ turn: 2, kind: 'decision', id: 'b', reasons: [{ code: 'requires', missing: ['a'] }] }]);
    expect(b.log.turns.map((t) => t.decisions)).toEqual([['c'], [], [], []]);
    expect(b.divergence).toEqual({
      turn: 1,
      added: ['c'],
      removed: ['a'],
      assessment: false,
      world: { turn: 1, metrics: [{ id: 'm', a: 60, b: 30 }], flags: [], injects: [], evidence: [], ending: null },
    });
  });

  it('plays the reference line after the changed turn, dropping what the change made illegal', () => {
    const r = branchFrom(loaded, log, 1, { decisions: ['c'] }, 'reference');
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.value.dropped).toEqual([
      { turn: 2, kind: 'decision', id: 'a', reasons: [{ code: 'excludes', taken: ['c'] }] },
      { turn: 2, kind: 'decision', id: 'b', reasons: [{ code: 'requires', missing: ['a'] }] },
    ]);
    expect(r.value.state.metrics.m).toBe(30);
  });

  it("stops after the changed turn with 'stop', for the player to go on", () => {
    const r = branchFrom(loaded, log, 2, { decisions: [] }, 'stop');
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.value.state.turn).toBe(3);
    expect(r.value.state.ending).toBeNull();
    expect(r.value.log.turns).toEqual([{ decisions: ['a'] }, { decisions: [] }]);
    expect(r.value.divergence?.turn).toBe(2);
  });

  it('finds no divergence when the turn is played the same way', () => {
    const r = branchFrom(loaded, log, 3, { decisions: [] }, 'keep');
    expect(r.ok && r.value.divergence).toBeNull();
  });

  it('reports a decision the world did not feel (no world difference) and later turns after an earlier end', () => {
    const r = branchFrom(loaded, logOf([[], ['a'], [], []]), 1, { decisions: ['c'] }, 'keep');
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.value.dropped).toEqual([{ turn: 2, kind: 'decision', id: 'a', reasons: [{ code: 'excludes', taken: ['c'] }] }]);
  });

  it('refuses an illegal changed turn and a turn that was not played', () => {
    const r = branchFrom(loaded, log, 2, { decisions: ['c'] }, 'keep');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.code).toBe('play/illegal-decision');
    expect(branchFrom(loaded, log, 9, { decisions: [] }, 'keep').ok).toBe(false);
  });
});

describe('every branch log replays to the branch shown (property, every bundled scenario)', () => {
  for (const file of bundledFiles()) {
    it(file, () => {
      const loaded = loadBundled(file);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 1000 }), fc.nat(), fc.nat(), fc.constantFrom('keep', 'reference', 'stop' as const), (seed, player, turnPick, choicePick, policy) => {
          const game = randomGame(loaded, seed, player);
          const log = toLog(game);
          const turn = 1 + (turnPick % log.turns.length);
          const start = replay(loaded, { ...log, turns: log.turns.slice(0, turn - 1) });
          if (!start.ok) throw new Error(start.errors[0]!.message);
          const legal = decisionStatuses(loaded, start.value).filter((s) => s.legal);
          const decisions = legal.length > 0 ? [legal[choicePick % legal.length]!.id] : [];
          const r = branchFrom(loaded, log, turn, { decisions }, policy);
          if (!r.ok) throw new Error(r.errors[0]!.message);
          const again = replay(loaded, JSON.parse(JSON.stringify(r.value.log)) as PlayLog);
          if (!again.ok) throw new Error(again.errors[0]!.message);
          expect(score(loaded, again.value)).toEqual(r.value.score);
          expect(again.value).toEqual(r.value.state);
          if (policy !== 'stop') expect(r.value.state.ending).not.toBeNull();
        }),
        { numRuns: 25 },
      );
    });
  }
});
