import { describe, expect, it } from 'vitest';
import { createGame, playTurn, releasableInjects } from '../../../src/engine/game';
import type { GameState } from '../../../src/engine/state';
import { tiny } from '../helpers';

const pass = (loaded: ReturnType<typeof tiny>, s: GameState, decisions: string[] = [], released?: string[]) => {
  const r = playTurn(loaded, s, released ? { decisions, released } : { decisions });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value.state;
};
const firedAt = (s: GameState) => s.feed.map((f) => `${f.turn}:${f.inject}:${f.via}`);

describe('injects (DESIGN.md Inject, turn order step 1)', () => {
  it('fires `at` injects at that turn, once, and applies their effects with the inject as cause', () => {
    const loaded = tiny({
      injects: [{ id: 'alert', channel: 'soc', title: 'A', body: 'B', at: 2, effects: [{ metric: 'm', add: -10 }] }],
    });
    let s = createGame(loaded, 1);
    expect(s.feed).toEqual([]);
    s = pass(loaded, s);
    expect(firedAt(s)).toEqual(['2:alert:due']);
    expect(s.metrics.m).toBe(40); // 50 − 10
    expect(s.changes[0]!.cause).toEqual({ kind: 'inject', id: 'alert', turn: 2 });
    s = pass(loaded, s);
    expect(s.fired.alert).toBe(1);
  });

  it('fires a `when` inject at the start of the first turn it holds, and `at`+`when` only from `at` on', () => {
    const loaded = tiny({
      rules: [{ id: 'drop', when: 'true', effects: [{ metric: 'm', add: -10 }] }],
      injects: [
        { id: 'low', channel: 'press', title: 'L', body: 'B', when: 'm < 35' },
        { id: 'late', channel: 'exec', title: 'L', body: 'B', at: 3, when: 'm < 45' },
      ],
    });
    // m: 50 at turn 1; rule → 40 at start of 2; → 30 at start of 3; → 20 at start of 4.
    let s = createGame(loaded, 1);
    s = pass(loaded, s); // turn 2 starts with m = 40: `late` holds but is before its `at`
    expect(firedAt(s)).toEqual([]);
    s = pass(loaded, s); // turn 3: m = 30
    expect(firedAt(s)).toEqual(['3:low:due', '3:late:due']);
    s = pass(loaded, s);
    expect(s.fired).toEqual({ low: 1, late: 1 });
  });

  it('repeats a `repeat` inject every turn it is due, and evaluates `when`s in declaration order', () => {
    const loaded = tiny({
      injects: [
        { id: 'tick', channel: 'soc', title: 'T', body: 'B', when: 'turn >= 2', repeat: true, effects: [{ metric: 'm', add: 5 }] },
        { id: 'seen', channel: 'soc', title: 'S', body: 'B', when: 'm >= 60' },
      ],
    });
    let s = createGame(loaded, 1);
    s = pass(loaded, s); // turn 2: tick → 55; seen needs 60
    s = pass(loaded, s); // turn 3: tick → 60, then seen sees 60
    expect(firedAt(s)).toEqual(['2:tick:due', '3:tick:due', '3:seen:due']);
    expect(s.fired.tick).toBe(2);
  });

  it('never fires an optional inject by itself; the facilitator releases it before decisions', () => {
    const loaded = tiny({
      injects: [{ id: 'minister', channel: 'exec', title: 'M', body: 'B', at: 1, optional: true, effects: [{ metric: 'm', set: 10 }] }],
      decisions: [{ id: 'calm', category: 'communication', title: 'C', description: 'D', cost: { staff: 1, budget: 0 }, when: 'm < 20', effects: [{ metric: 'm', add: 20 }] }],
    });
    let s = createGame(loaded, 1);
    expect(s.feed).toEqual([]);
    expect(releasableInjects(loaded, s)).toEqual(['minister']);
    // Released first, so `calm`'s condition (m < 20) already sees the release: 10 + 20 = 30.
    s = pass(loaded, s, ['calm'], ['minister']);
    expect(s.metrics.m).toBe(30);
    expect(s.feed).toEqual([{ turn: 1, inject: 'minister', via: 'released' }]);
    expect(releasableInjects(loaded, s)).toEqual([]);
    const again = playTurn(loaded, s, { decisions: [], released: ['minister'] });
    expect(again.ok).toBe(false);
  });

  it('fires an inject with neither `at` nor `when` only when an effect sends it: next turn, or after `delay`', () => {
    const loaded = tiny({
      injects: [
        { id: 'sent', channel: 'partner', title: 'S', body: 'B' },
        { id: 'later', channel: 'partner', title: 'L', body: 'B' },
      ],
      decisions: [
        { id: 'call', category: 'coordination', title: 'C', description: 'D', cost: { staff: 1, budget: 0 }, effects: [{ inject: 'sent' }, { inject: 'later', delay: 2 }] },
      ],
    });
    let s = createGame(loaded, 1);
    s = pass(loaded, s, ['call']);
    expect(firedAt(s)).toEqual(['2:sent:effect']);
    s = pass(loaded, s);
    expect(firedAt(s)).toEqual(['2:sent:effect', '3:later:effect']);
    expect(s.fired).toEqual({ sent: 1, later: 1 });
  });

  it('applies scheduled effects before due injects, so a `when` sees them in the same turn', () => {
    const loaded = tiny({
      injects: [{ id: 'seen', channel: 'soc', title: 'S', body: 'B', when: 'm >= 80' }],
      decisions: [{ id: 'later', category: 'recovery', title: 'L', description: 'D', cost: { staff: 0, budget: 0 }, effects: [{ metric: 'm', add: 30, delay: 1 }] }],
    });
    const s = pass(loaded, createGame(loaded, 1), ['later']);
    expect(firedAt(s)).toEqual(['2:seen:due']);
  });

  it('fires an `at`-only inject in that turn only, even when repeating; an inject already sent does not fire again by timing', () => {
    const loaded = tiny({
      injects: [
        { id: 'once', channel: 'soc', title: 'O', body: 'B', at: 2, repeat: true },
        { id: 'early', channel: 'soc', title: 'E', body: 'B', at: 3 },
      ],
      decisions: [{ id: 'send', category: 'coordination', title: 'S', description: 'D', cost: { staff: 0, budget: 0 }, effects: [{ inject: 'early' }] }],
    });
    let s = createGame(loaded, 1);
    s = pass(loaded, s, ['send']); // early sent for turn 2
    s = pass(loaded, s);
    s = pass(loaded, s);
    expect(firedAt(s)).toEqual(['2:early:effect', '2:once:due']);
  });
});
