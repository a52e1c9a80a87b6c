import { describe, expect, test } from 'vitest';
import { createWorkshop, hotWash, type HotWash } from '../../src/workshop';
import { at, fullSession, load, play } from './fixture';

const loaded = load();
const { room } = fullSession(loaded);
const hot: HotWash = hotWash(loaded, room);
const round = (x: number) => Math.round(x * 1e9) / 1e9;

// Final overall scores, worked out in session.test.ts
const ALPHA = (100 * 5.0875) / 6;
const BRAVO = (100 * 3.65) / 6;
const CHARLIE = (100 * 3.7) / 6;

describe('hot wash', () => {
  test('divergences: who chose what, widest score gap first', () => {
    expect(hot.divergences.map((d) => d.turn)).toEqual([1, 2, 3]);
    const [t1, , t3] = hot.divergences;
    expect(t1!.groups.map((g) => [g.teams, g.decisions])).toEqual([
      [['t1'], ['tell', 'scrub']],
      [['t2'], ['shutdown']],
      [['t3'], ['tell', 'blame']],
    ]);
    expect(t1!.gap).toBeCloseTo(ALPHA - BRAVO, 9);
    // turn 3: Bravo and Charlie both scrubbed, Alpha did nothing
    expect(t3!.groups.map((g) => g.teams)).toEqual([['t2', 't3'], ['t1']]);
    expect(t3!.groups[0]!.meanScore).toBeCloseTo((BRAVO + CHARLIE) / 2, 9);
    expect(t3!.gap).toBeCloseTo(ALPHA - (BRAVO + CHARLIE) / 2, 9);
  });

  test('no divergence when every team plays the same', () => {
    const r = createWorkshop(loaded, { createdAt: at(0), locale: 'en', teams: [{ name: 'A' }, { name: 'B' }], seed: 1 });
    if (!r.ok) throw new Error(r.error.message);
    const same = play(loaded, r.value, [
      { type: 'start', at: at(0) },
      { type: 'lock', at: at(1), team: 't1', turn: 1, decisions: ['scrub', 'tell'] },
      { type: 'lock', at: at(2), team: 't2', turn: 1, decisions: ['tell', 'scrub'] },
    ]);
    expect(hotWash(loaded, same.room).divergences).toEqual([]);
  });

  test('the decision that moved each objective most, in score points per team that took it', () => {
    const movers = Object.fromEntries(hot.movers.map((m) => [m.objective, m.decisions.map((d) => [d.decision, d.teams.length, round(d.mean)])]));
    // availability: shutdown −30/100 for Bravo; scrub +20/100 for all three
    expect(movers.oAvail).toEqual([
      ['shutdown', 1, -0.3],
      ['scrub', 3, 0.2],
    ]);
    // trust: blame −20, tell +15 each, shutdown −5 (the leak is an inject, not a decision)
    expect(movers.oTrust).toEqual([
      ['blame', 1, -0.2],
      ['tell', 3, 0.15],
      ['shutdown', 1, -0.05],
    ]);
    // deadline by 1, late 3: Alpha and Charlie on time (1), Bravo in turn 2 (0.5)
    expect(movers.oTell).toEqual([['tell', 3, round(2.5 / 3)]]);
    expect(movers.oNoBlame).toEqual([['blame', 1, -1]]);
    expect(movers.oAttr).toEqual([]);
  });

  test('Brier: final, per turn, and what the evidence allowed', () => {
    expect(hot.brier).toEqual([
      // 0.75/0.25 on gang: (0.75 − 1)² + 0.25² = 0.125; priors 0.5/0.5 give 0.5; forensics found the logs: ideal 0
      { team: 't1', culprit: 'gang', final: 0.125, perTurn: [0.5, 0.125, 0.125], ideal: 0 },
      { team: 't2', culprit: 'gang', final: 0.5, perTurn: [0.5, 0.5, 0.5], ideal: 0.5 },
      { team: 't3', culprit: 'gang', final: 0.5, perTurn: [0.5, 0.5, 0.5], ideal: 0.5 },
    ]);
  });

  test('the reference line replayed on the same seed over the same turns', () => {
    const ref = hot.reference!;
    expect(ref.turns).toEqual([['tell', 'scrub'], ['forensics'], []]);
    expect(ref.runs).toHaveLength(1);
    expect(ref.runs[0]!.teams).toEqual(['t1', 't2', 't3']);
    // avail 70, trust 75, tell on time, no blame, 0.9/0.1 on gang: 1 − 0.02/2 = 0.99
    expect(ref.runs[0]!.score!.overall).toBeCloseTo((100 * (1.4 + 0.75 + 1 + 1 + 0.99)) / 6, 9);
  });

  test('one reference run per seed', () => {
    const r = createWorkshop(loaded, { createdAt: at(0), locale: 'en', teams: [{ name: 'A', seed: 1 }, { name: 'B', seed: 2 }, { name: 'C', seed: 1 }], seed: 0 });
    if (!r.ok) throw new Error(r.error.message);
    const short = play(loaded, r.value, [{ type: 'start', at: at(0) }, { type: 'lock', at: at(1), team: 't1', turn: 1, decisions: [] }]);
    const ref = hotWash(loaded, short.room).reference!;
    expect(ref.runs.map((x) => [x.seed, x.teams])).toEqual([
      [1, ['t1', 't3']],
      [2, ['t2']],
    ]);
    expect(ref.turns).toEqual([['tell', 'scrub']]); // compared over the one turn played
  });

  test('key moments: the largest single swings with their causes', () => {
    expect(hot.moments.slice(0, 5).map((m) => [m.team, m.turn, m.metric, m.from, m.to, m.cause.kind, m.cause.id])).toEqual([
      ['t2', 1, 'avail', 50, 20, 'decision', 'shutdown'],
      ['t1', 1, 'avail', 50, 70, 'decision', 'scrub'],
      ['t3', 1, 'trust', 75, 55, 'decision', 'blame'],
      ['t2', 3, 'avail', 20, 40, 'decision', 'scrub'],
      ['t3', 3, 'avail', 50, 70, 'decision', 'scrub'],
    ]);
    expect(hot.moments[0]!.swing).toBeCloseTo(0.3, 12);
  });

  test('team results are the engine scores', () => {
    expect(hot.teams.map((t) => [t.name, t.ending, t.turnsPlayed])).toEqual([
      ['Alpha', 'time', 3],
      ['Bravo', 'time', 3],
      ['Charlie', 'time', 3],
    ]);
    expect(hot.teams[0]!.score.overall).toBeCloseTo(ALPHA, 9);
  });
});
