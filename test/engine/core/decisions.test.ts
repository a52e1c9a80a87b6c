import { describe, expect, it } from 'vitest';
import { createGame, decisionStatuses, legalDecisions, playTurn } from '../../../src/engine/game';
import type { Decision } from '../../../src/engine/schema';
import type { GameState } from '../../../src/engine/state';
import { nextRandom, seedState } from '../../../src/engine/rng';
import { tiny } from '../helpers';

const d = (id: string, extra: Partial<Decision> = {}): Decision => ({
  id,
  category: 'containment',
  title: id,
  description: id,
  cost: { staff: 1, budget: 0 },
  effects: [],
  ...extra,
});

const pass = (loaded: ReturnType<typeof tiny>, s: GameState, decisions: string[] = []) => {
  const r = playTurn(loaded, s, { decisions });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value.state;
};

describe('decisions (DESIGN.md Decision, turn order step 3)', () => {
  it('charges staff per turn and budget per game; a cost fits when it is ≤ what is left', () => {
    const loaded = tiny({
      resources: { staff: 3, budget: 100 },
      decisions: [d('a', { cost: { staff: 2, budget: 60 } }), d('b', { cost: { staff: 1, budget: 40 }, once: false }), d('c', { cost: { staff: 1, budget: 1 } })],
    });
    let s = createGame(loaded, 1);
    const r = playTurn(loaded, s, { decisions: ['a', 'b'] }); // 3 staff, 100 budget: both fit exactly
    expect(r.ok).toBe(true);
    s = r.ok ? r.value.state : s;
    expect(s.staffLeft).toBe(3); // reset at the start of turn 2
    expect(s.budgetLeft).toBe(0);
    expect(legalDecisions(loaded, s)).toEqual([]); // b and c need budget; a is used
    const st = decisionStatuses(loaded, s).find((x) => x.id === 'b')!;
    expect(st.reasons).toEqual([{ code: 'budget', need: 40, left: 0 }]);
  });

  it('refuses an illegal choice naming the turn and the decision, and changes nothing', () => {
    const loaded = tiny({ decisions: [d('a', { cost: { staff: 2, budget: 0 } }), d('b', { cost: { staff: 2, budget: 0 } })] });
    const s = createGame(loaded, 1);
    const before = JSON.stringify(s);
    const r = playTurn(loaded, s, { decisions: ['a', 'b'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.code).toBe('play/illegal-decision');
      expect(r.errors[0]!.params?.turn).toBe(1);
      expect(r.errors[0]!.params?.decision).toBe('b');
      expect(r.errors[0]!.message).toContain('turn 1');
      expect(r.errors[0]!.message).toContain('"b"');
      expect(r.errors[0]!.reasons).toEqual([{ code: 'staff', need: 2, left: 1 }]);
    }
    expect(JSON.stringify(s)).toBe(before);
    const unknown = playTurn(loaded, s, { decisions: ['zzz'] });
    expect(!unknown.ok && unknown.errors[0]!.code).toBe('play/unknown-decision');
    const twice = playTurn(loaded, s, { decisions: ['a', 'a'] });
    expect(!twice.ok && twice.errors[0]!.code).toBe('play/duplicate-decision');
  });

  it('checks `when`, `requires` and `excludes` against the state left by earlier choices of the same turn', () => {
    const loaded = tiny({
      decisions: [
        d('boost', { effects: [{ metric: 'm', add: 20 }] }),
        d('ifHigh', { when: 'm >= 70' }),
        d('after', { requires: ['boost'] }),
        d('rival', { excludes: ['boost'] }),
      ],
    });
    const s = createGame(loaded, 1);
    expect(legalDecisions(loaded, s)).toEqual(['boost', 'rival']);
    // After choosing boost (m = 70): ifHigh and after become legal, rival is excluded.
    const st = decisionStatuses(loaded, s, ['boost']);
    expect(st.map((x) => [x.id, x.legal])).toEqual([['boost', false], ['ifHigh', true], ['after', true], ['rival', false]]);
    expect(st[3]!.reasons).toEqual([{ code: 'excludes', taken: ['boost'] }]);
    expect(playTurn(loaded, s, { decisions: ['boost', 'ifHigh', 'after'] }).ok).toBe(true);
    expect(playTurn(loaded, s, { decisions: ['ifHigh', 'boost'] }).ok).toBe(false);
  });

  it('is used up after one use by default; `once: false` comes back after `cooldown` turns (t + c + 1)', () => {
    const loaded = tiny({
      clock: { start: '2025-12-22T06:30:00+01:00', phases: [{ id: 'p', title: 'P', turns: 6, minutesPerTurn: 30 }] },
      decisions: [d('single'), d('again', { once: false, cooldown: 2, effects: [{ metric: 'm', add: 1 }] })],
    });
    let s = createGame(loaded, 1);
    s = pass(loaded, s, ['single', 'again']); // taken in turn 1: legal again in turn 4
    expect(decisionStatuses(loaded, s).map((x) => x.reasons)).toEqual([[{ code: 'used' }], [{ code: 'cooldown', turns: 2 }]]);
    s = pass(loaded, s); // turn 3
    expect(decisionStatuses(loaded, s)[1]!.reasons).toEqual([{ code: 'cooldown', turns: 1 }]);
    s = pass(loaded, s); // turn 4
    expect(legalDecisions(loaded, s)).toEqual(['again']);
    s = pass(loaded, s, ['again']);
    expect(s.taken.again).toBe(2);
    expect(s.metrics.m).toBe(52);
  });

  it('draws one outcome by weight after the own effects; expression weights below 0 count as 0', () => {
    // seed 7: the first u drawn decides. Weights 1 and 3: outcome 0 iff u < 0.25.
    const loaded = tiny({
      decisions: [
        d('gamble', {
          effects: [{ metric: 'm', add: 10 }],
          outcomes: [
            { weight: 1, text: 'good', effects: [{ metric: 'm', add: 5 }] },
            { weight: 3, text: 'bad', effects: [{ metric: 'm', add: -5 }] },
          ],
        }),
        d('rigged', {
          outcomes: [
            { weight: 'm - 1000', text: 'never', effects: [{ metric: 'm', set: 0 }] },
            { weight: 2, text: 'always', effects: [{ metric: 'm', set: 99 }] },
          ],
        }),
        d('dead', { outcomes: [{ weight: 0, text: 'none', effects: [{ metric: 'm', set: 1 }] }] }),
      ],
    });
    const seen = new Set<number | null>();
    for (let seed = 1; seed <= 40; seed++) {
      const s0 = createGame(loaded, seed);
      const [u] = nextRandom(seedState(seed)); // no actors: the outcome draw is the game's first
      const s = pass(loaded, s0, ['gamble']);
      const picked = s.outcomes[0]!.outcome;
      expect(picked).toBe(u < 0.25 ? 0 : 1);
      seen.add(picked);
      expect(s.metrics.m).toBe(picked === 0 ? 65 : 55);
      expect(s.rng).not.toBe(s0.rng);
      const r = pass(loaded, s0, ['rigged']);
      expect(r.metrics.m).toBe(99);
      const z = pass(loaded, s0, ['dead']);
      expect(z.outcomes[0]!.outcome).toBeNull();
      expect(z.metrics.m).toBe(50);
      expect(z.rng).toBe(s.rng); // a draw is consumed even when no outcome applies
    }
    expect([...seen].sort()).toEqual([0, 1]);
  });
});
