import { describe, expect, test } from 'vitest';
import { facilitatorView, projectorView, teamView, type Room, type Workshop } from '../../src/workshop';
import { at, fixtureScenario, liveSession, load, play } from './fixture';
import { scan } from '../support/jsonScan';

// A hidden metric, and seeds no other number in a view could equal.
const loaded = load({ metrics: [...fixtureScenario().metrics, { id: 'morale', label: 'Morale', min: 0, max: 100, initial: 42, good: 'high', visible: false }] });
const SEEDS = [918273645, 918273646, 918273647];
const SECRET_KEYS = new Set(['seed', 'rng', 'culprit', 'scheduled', 'nextSeq', 'violated', 'flags', 'likelihood']);


function expectNoSecrets(view: unknown) {
  const { keys, values } = scan(JSON.parse(JSON.stringify(view)));
  expect([...keys].filter((k) => SECRET_KEYS.has(k))).toEqual([]);
  for (const seed of SEEDS) expect(values.has(String(seed))).toBe(false);
  expect(keys.has('morale') || values.has('morale')).toBe(false);
}

/** Turn 1: Alpha tell+scrub with an assessment, Charlie tell+blame; Bravo has not locked. */
function midTurn(): { session: Workshop; room: Room } {
  return play(loaded, liveSession(loaded, 120, SEEDS), [
    { type: 'start', at: at(0) },
    { type: 'lock', at: at(10), team: 't1', turn: 1, decisions: ['tell', 'scrub'], assessment: { gang: 2, state: 1 } },
    { type: 'lock', at: at(20), team: 't3', turn: 1, decisions: ['blame'] },
  ]);
}

describe('a team device sees its own game and nothing else', () => {
  const { session, room } = midTurn();
  const bravo = teamView(loaded, session, room, 't2', at(30), { decisions: ['scrub', 'forensics', 'nonsense'] })!;

  test('no culprit, seed, random state, hidden metric, nor another team’s choices', () => {
    expectNoSecrets(bravo);
    const json = JSON.stringify({ ...bravo, decisions: [] });
    // Bravo gave no assessment: the culprit's id appears nowhere; other teams' choices neither
    expect(json).not.toMatch(/gang|blame|Alpha|Charlie/);
    expect(json).not.toMatch(/"tell"/);
  });

  test('its own state, timer, lock counts, and its draft checked in order', () => {
    expect(bravo).toMatchObject({
      role: 'team',
      team: { id: 't2', name: 'Bravo' },
      phase: 'running',
      turn: 1,
      totalTurns: 3,
      status: 'open',
      locks: { locked: 2, of: 3 },
      timer: { enabled: true, remaining: 90 },
      game: { turn: 1, staffLeft: 2, budgetLeft: 100, metrics: { avail: 50, trust: 60 }, feed: [{ turn: 1, inject: 'alert', via: 'due' }] },
      draft: { decisions: ['scrub', 'forensics'] },
      report: null,
      leaderboard: null,
    });
    // after scrub (40) and forensics (20), staff is spent: tell is blocked by staff
    expect(bravo.decisions.find((d) => d.id === 'tell')).toEqual({ id: 'tell', legal: false, reasons: [{ code: 'staff', need: 1, left: 0 }] });
  });

  test('a team that locked waits, and sees its own report of the turn', () => {
    const alpha = teamView(loaded, session, room, 't1', at(30))!;
    expectNoSecrets(alpha);
    expect(JSON.stringify({ ...alpha, decisions: [] })).not.toMatch(/blame|Bravo|Charlie/);
    expect(alpha.status).toBe('locked');
    expect(alpha.report).toMatchObject({ turn: 1, choices: { decisions: ['tell', 'scrub'] }, outcomes: [{ decision: 'tell', outcome: 0 }] });
    expect(alpha.report!.changes.map((c) => [c.metric, c.from, c.to])).toEqual([
      ['trust', 60, 75],
      ['avail', 50, 70],
    ]);
    expect(teamView(loaded, session, room, 't9', at(30))).toBeNull();
  });
});

describe('the projector', () => {
  test('shows who has locked, not what, and the shared injects; results only once revealed', () => {
    const { session, room } = midTurn();
    const p = projectorView(loaded, session, room, at(30));
    expectNoSecrets(p);
    expect(JSON.stringify(p)).not.toMatch(/gang|blame|scrub|tell/);
    expect(p.teams).toEqual([
      { id: 't1', name: 'Alpha', status: 'locked' },
      { id: 't2', name: 'Bravo', status: 'open' },
      { id: 't3', name: 'Charlie', status: 'locked' },
    ]);
    expect(p.injects).toEqual([{ inject: 'alert', channel: 'soc' }]);
    expect([p.leaderboard, p.hotWash]).toEqual([null, null]);
    const revealed = play(loaded, session, [{ type: 'reveal', at: at(40) }]);
    const shown = projectorView(loaded, revealed.session, revealed.room, at(40));
    expectNoSecrets(shown);
    expect(shown.leaderboard?.map((r) => r.name)).toHaveLength(3);
    const ended = play(loaded, revealed.session, [{ type: 'end', at: at(50) }]);
    expect(projectorView(loaded, ended.session, ended.room, at(50)).hotWash?.teams).toHaveLength(3);
  });
});

describe('the facilitator', () => {
  test('sees everything: seeds, culprits, choices, hidden metrics, what can be released', () => {
    const { session, room } = midTurn();
    const f = facilitatorView(loaded, session, room, at(30));
    expect(f.teams.map((t) => [t.seed, t.culprit, t.status, t.metrics.morale])).toEqual([
      [SEEDS[0], 'gang', 'locked', 42],
      [SEEDS[1], 'gang', 'open', 42],
      [SEEDS[2], 'gang', 'locked', 42],
    ]);
    expect(f.teams[2]!.log).toEqual([{ decisions: ['blame'] }]);
    expect(f.teams.map((t) => t.canRelease)).toEqual([['leak'], ['leak'], ['leak']]);
    expect(f.leaderboard).toHaveLength(3);
    expect(f.events).toBe(3);
  });
});
