import { describe, expect, it } from 'vitest';
import { parseLog, replay, toLog } from '../../../src/engine/log';
import type { GameState } from '../../../src/engine/state';
import { playThrough, tiny } from '../helpers';

const loaded = tiny({
  actors: [
    { id: 'a', name: 'A', description: 'A', prior: 1 },
    { id: 'b', name: 'B', description: 'B', prior: 1 },
  ],
  evidence: [{ id: 'e', title: 'E', body: 'B', source: 'S', likelihood: { a: 0.9, b: 0.1 } }],
  injects: [{ id: 'opt', channel: 'exec', title: 'O', body: 'B', optional: true, effects: [{ metric: 'm', add: -5 }] }],
  decisions: [
    { id: 'look', category: 'attribution', title: 'L', description: 'L', cost: { staff: 1, budget: 0 }, once: false, effects: [{ reveal: 'e' }] },
    { id: 'fix', category: 'recovery', title: 'F', description: 'F', cost: { staff: 1, budget: 10 }, effects: [{ metric: 'm', add: 30 }], outcomes: [{ weight: 1, text: 'x', effects: [{ metric: 'm', add: 1 }] }, { weight: 1, text: 'y', effects: [] }] },
  ],
});

const play = (seed: number): GameState =>
  playThrough(loaded, [{ decisions: ['look', 'fix'], released: ['opt'] }, { decisions: ['look'], assessment: { a: 1, b: 3 } }, { decisions: [] }], seed);

describe('play log (DESIGN.md "Play log")', () => {
  it('replays a game to the identical state, through text and back', () => {
    const s = play(42);
    const text = JSON.stringify(toLog(s));
    const parsed = parseLog(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.turns[0]).toEqual({ decisions: ['look', 'fix'], released: ['opt'] });
    const r = replay(loaded, parsed.value);
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(s));
  });

  it('refuses another scenario, another hash, and turns after the end, naming the turn', () => {
    const log = toLog(play(1));
    expect(!replay(loaded, { ...log, scenario: 'other' }).ok).toBe(true);
    const h = replay(loaded, { ...log, scenarioHash: 'deadbeef' });
    expect(!h.ok && h.errors[0]!.code).toBe('log/hash');
    const long = { ...log, turns: [...log.turns, { decisions: [] }] }; // 3 + 1 = the 4 turns of the game
    const full = replay(loaded, long);
    expect(full.ok && full.value.ending).toEqual({ id: "time", turn: 4 });
    const after = replay(loaded, { ...long, turns: [...long.turns, { decisions: ['look'] }] });
    expect(!after.ok && after.errors[0]!).toMatchObject({ code: 'log/after-end', params: { turn: 5 } });
    const illegal = replay(loaded, { ...log, turns: [{ decisions: ['fix'] }, { decisions: ['fix'] }] });
    expect(!illegal.ok && illegal.errors[0]!).toMatchObject({ code: 'play/illegal-decision', params: { turn: 2, decision: 'fix' } });
  });

  it('rejects malformed logs with a located error, never a throw', () => {
    for (const text of ['', '{', '[]', 'null', '{"format":"cellule/log@2","scenario":"tiny","seed":1,"turns":[]}', '{"format":"cellule/log@1","scenario":"tiny","seed":1.5,"turns":[]}', '{"format":"cellule/log@1","scenario":"tiny","seed":1,"turns":[{"decisions":"x"}]}', '{"format":"cellule/log@1","scenario":"tiny","seed":1,"turns":[],"extra":1}']) {
      const r = parseLog(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message.length).toBeGreaterThan(3);
    }
    const bad = parseLog('{"format":"cellule/log@1","scenario":"tiny","seed":1,"turns":[{"decisions":[3]}]}');
    expect(!bad.ok && bad.errors[0]!.pointer).toBe('/turns/0/decisions/0');
  });
});

describe('absurd assessments in a log', () => {
  const logWith = (value: string) => `{"format":"cellule/log@1","scenario":"tiny","seed":1,"turns":[{"decisions":[]},{"decisions":[],"assessment":{"a":1,"b":${value}}}]}`;

  it.each(['1e308', '1e400', '-1e7', '1000001', '"0.5"'])('refuses %s, located at the value', (value) => {
    const r = parseLog(logWith(value), 'game.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'log/malformed', pointer: '/turns/1/assessment/b', file: 'game.json', params: { form: 'assessment', max: 1_000_000 } });
  });

  it('accepts the largest allowed value', () => {
    expect(parseLog(logWith('1000000')).ok).toBe(true);
  });
});
