/** Missed chances: deterministic, and each gain is the replayed branch's score minus the game's. */
import { describe, expect, it } from 'vitest';
import { branchFrom } from '../../src/engine/branch';
import { replay, toLog } from '../../src/engine/log';
import { missedChances } from '../../src/engine/missed';
import { score } from '../../src/engine/score';
import { randomGame } from '../../src/engine/sim/randomPlayer';
import type { Decision } from '../../src/engine/schema';
import { loadBundled } from './bundled';
import { playThrough, tiny } from './helpers';

const dec = (id: string, add: number, extra: Partial<Decision> = {}): Decision => ({
  id,
  category: 'recovery',
  title: id,
  description: id,
  cost: { staff: 1, budget: 0 },
  effects: [{ metric: 'm', add }],
  ...extra,
});

describe('missedChances', () => {
  // up: +10 once; bad: −15; small: +2. Four turns; the game took bad in turn 2 and nothing else.
  const loaded = tiny({ decisions: [dec('up', 10), dec('bad', -15), dec('small', 2, { once: false })] });
  const log = toLog(playThrough(loaded, [{ decisions: [] }, { decisions: ['bad'] }, { decisions: [] }, { decisions: [] }]));

  it('names the three biggest single-turn changes, one per idea, with hand-checked gains', () => {
    const r = missedChances(loaded, log);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.value.base.overall).toBe(35);
    const shown = r.value.chances.map((c) => [c.change, c.gain]);
    // Swapping bad for up (+25) is best; bad→small (+17), removing bad (+15) and adding up (+10) share
    // an idea with it and are left out; adding small (+2 in any turn) is the next idea, first tried in
    // turn 3 (second candidate there, bad being used up; in turn 1 it comes third, after bad).
    expect(shown).toEqual([
      [{ kind: 'swap', turn: 2, decision: 'bad', instead: 'up' }, 25],
      [{ kind: 'add', turn: 3, decision: 'small' }, 2],
    ]);
    expect(r.value.chances[0]!.why.objectives).toEqual([{ id: 'oM', points: 25 }]);
    expect(r.value.chances[0]!.why.metric).toEqual({ id: 'm', a: 35, b: 60, share: 0.25 });
    // From the branch's trace: without any choice m stays at 50; up adds 10 of the 25 points by
    // itself (the other 15 are bad's absence, which no choice of the branch carries).
    expect(r.value.chances[0]!.why.traced).toMatchObject({ objective: 'oM', decision: 'up', turn: 2 });
    expect(r.value.chances[0]!.why.traced!.points).toBeCloseTo(10, 9);
    // Adding small: +2, all of it small's own.
    expect(r.value.chances[1]!.why.traced).toMatchObject({ objective: 'oM', decision: 'small', turn: 3 });
    expect(r.value.chances[1]!.why.traced!.points).toBeCloseTo(2, 9);
  });

  it('is deterministic and each gain is what the branch log replays to', () => {
    const l = loadBundled('la-poste-ddos.json');
    const game = toLog(randomGame(l, 11, 5));
    const a = missedChances(l, game, 120);
    const b = missedChances(l, game, 120);
    expect(a).toEqual(b);
    if (!a.ok) throw new Error(a.errors[0]!.message);
    expect(a.value.tried).toBeLessThanOrEqual(120);
    const played = replay(l, game);
    if (!played.ok) throw new Error(played.errors[0]!.message);
    const base = score(l, played.value).overall;
    for (const c of a.value.chances) {
      const again = replay(l, c.log);
      if (!again.ok) throw new Error(again.errors[0]!.message);
      expect(score(l, again.value).overall - base).toBeCloseTo(c.gain, 9);
      const branch = branchFrom(l, game, c.change.turn, c.choices, 'keep');
      expect(branch.ok && branch.value.score.overall - base).toBe(c.gain);
    }
  });

  it('reports later decisions dropped because the branch ended earlier', () => {
    const ending = tiny({
      decisions: [dec('up', 10), dec('bad', -30)],
      endings: [{ id: 'lost', title: 'Lost', body: 'b', when: 'm <= 20', outcome: 'loss' }],
    });
    const l = toLog(playThrough(ending, [{ decisions: [] }, { decisions: ['up'] }, { decisions: [] }, { decisions: [] }]));
    const r = branchFrom(ending, l, 1, { decisions: ['bad'] }, 'keep');
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.value.state.ending).toEqual({ id: 'lost', turn: 1 });
    expect(r.value.dropped).toEqual([{ turn: 2, kind: 'decision', id: 'up', reasons: [{ code: 'ended' }] }]);
    expect(r.value.divergence?.world?.ending).toEqual({ id: 'ending', a: null, b: 'lost' });
  });
});
