import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseWorkshop } from '../../src/workshop';
import { load } from '../workshop/fixture';
import { boot, createRoom, join, scan, scenarioText, SEED, type Booted, type Peer } from './helpers';

let server: Booted;
const peers: Peer[] = [];
const keep = <T extends Peer>(p: T) => (peers.push(p), p);
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.leave()));
  await server.stop();
});

async function workshop(secondsPerTurn: number | null = null) {
  const fac = await createRoom(server.url, secondsPerTurn);
  keep(fac.peer);
  const team = async (id: string) => keep(await join(server.url, fac.code, { role: 'team', team: id }));
  const control = (type: string, extra: Record<string, unknown> = {}) => fac.peer.room.send('control', { key: fac.key, type, ...extra });
  return { ...fac, team, control };
}

describe('joins and seats', () => {
  test('teams get seat tokens that bring them back to their team; the projector and the facilitator rejoin', async () => {
    const w = await workshop();
    expect(w.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(w.key.length).toBeGreaterThanOrEqual(43);
    const alpha = await w.team('t1');
    const welcome = alpha.last('welcome');
    expect(welcome).toMatchObject({ role: 'team', team: 't1', code: w.code });
    expect(welcome.seat.length).toBeGreaterThanOrEqual(22);
    expect(alpha.last('view').view).toMatchObject({ role: 'team', team: { id: 't1', name: 'Alpha' }, phase: 'setup' });
    await alpha.leave();
    const back = keep(await join(server.url, w.code, { role: 'team', seat: welcome.seat }));
    expect(back.last('welcome')).toEqual({ code: w.code, role: 'team', team: 't1', scenario: { id: load().scenario.id, hash: load().hash } });
    // A device without that scenario (a facilitator's own file) asks for its text; it is the file the room plays.
    back.room.send('scenario', {});
    expect((await back.next('scenario')).text).toBe(scenarioText());
    back.room.send('scenario', { extra: 1 });
    expect(await back.next('error')).toMatchObject({ code: 'live/bad-message', type: 'scenario' });
    const projector = keep(await join(server.url, w.code, { role: 'projector' }));
    expect(projector.last('view').view.role).toBe('projector');
    const console2 = keep(await join(server.url, w.code, { role: 'facilitator', key: w.key }));
    expect(console2.last('view').view).toMatchObject({ role: 'facilitator', teams: [{ seed: SEED }, { seed: SEED }, { seed: SEED }] });
    await expect(join(server.url, w.code, { role: 'facilitator', key: 'x'.repeat(43) })).rejects.toThrow(/live\/bad-key/);
    await expect(join(server.url, w.code, { role: 'team', seat: 'y'.repeat(22) })).rejects.toThrow(/live\/bad-seat/);
    await expect(join(server.url, w.code, { role: 'team', team: 't7' })).rejects.toThrow(/live\/not-your-team/);
    await expect(join(server.url, w.code, { role: 'admin' })).rejects.toThrow(/live\/bad-join/);
  });
});

describe('simultaneous turns on the wire', () => {
  test('locks in any order; a second lock is refused; the last lock closes the turn for all', async () => {
    const w = await workshop();
    const [alpha, bravo, charlie] = [await w.team('t1'), await w.team('t2'), await w.team('t3')];
    w.control('start');
    await charlie.seen('view', (b) => b.view.phase === 'running');
    charlie.room.send('draft', { decisions: ['blame'] });
    await charlie.seen('view', (b) => b.view.draft.decisions.length === 1);
    charlie.room.send('lock', { turn: 1, decisions: ['tell', 'blame'] });
    // the lock spends the draft
    expect((await charlie.seen('view', (b) => b.view.status === 'locked')).view.draft).toEqual({ decisions: [] });
    const again = charlie.next('error');
    charlie.room.send('lock', { turn: 1, decisions: ['scrub'] });
    expect(await again).toMatchObject({ code: 'workshop/already-locked', type: 'lock' });
    alpha.room.send('lock', { turn: 1, decisions: ['tell', 'scrub'] });
    await bravo.seen('view', (b) => b.view.locks.locked === 2);
    bravo.room.send('lock', { turn: 1, decisions: ['shutdown'] });
    const turn2 = await alpha.seen('view', (b) => b.view.turn === 2);
    expect(turn2.view).toMatchObject({ status: 'open', locks: { locked: 0, of: 3 }, game: { metrics: { avail: 70, trust: 75 } }, report: { turn: 1 } });
    const fac = await w.peer.seen('view', (b) => b.view.turn === 2);
    expect(fac.view.teams.map((t: { metrics: Record<string, number> }) => [t.metrics.avail, t.metrics.trust])).toEqual([
      [70, 75],
      [20, 55],
      [50, 55],
    ]);
  });

  test('the turn timer runs out: every team that has not locked advances with no decision', async () => {
    const w = await workshop(1);
    const [alpha, bravo] = [await w.team('t1'), await w.team('t2')];
    w.control('start');
    await alpha.seen('view', (b) => b.view.phase === 'running');
    alpha.room.send('lock', { turn: 1, decisions: ['tell'] });
    const closed = await bravo.seen('view', (b) => b.view.turn === 2, 4000);
    expect(closed.view.game.log).toEqual([{ decisions: [] }]);
    expect(closed.view.timer).toMatchObject({ enabled: true, running: true });
  });

  test('release to one team, reveal, end; the session file downloads and replays', async () => {
    const w = await workshop();
    const [alpha, bravo, charlie] = [await w.team('t1'), await w.team('t2'), await w.team('t3')];
    const projector = keep(await join(server.url, w.code, { role: 'projector' }));
    w.control('start');
    w.control('release', { inject: 'leak', team: 't2' });
    await w.peer.seen('view', (b) => b.view.teams[1].queued.length === 1);
    for (const t of [alpha, bravo, charlie]) t.room.send('lock', { turn: 1, decisions: [] });
    const b2 = await bravo.seen('view', (b) => b.view.turn === 2);
    expect(b2.view.game.feed).toContainEqual({ turn: 1, inject: 'leak', via: 'released' });
    expect(b2.view.game.metrics.trust).toBe(50);
    expect((await alpha.seen('view', (b) => b.view.turn === 2)).view.game.metrics.trust).toBe(60);
    expect(projector.last('view').view.leaderboard).toBeNull();
    w.control('reveal');
    const shown = await projector.seen('view', (b) => b.view.revealed);
    expect(shown.view.leaderboard).toHaveLength(3);
    w.control('note', { text: '<b>not html</b>' });
    w.control('end');
    const ended = await projector.seen('view', (b) => b.view.phase === 'ended');
    expect(ended.view.hotWash.teams).toHaveLength(3);
    const session = w.peer.next('session');
    w.peer.room.send('session', { key: w.key });
    const { text } = await session;
    const parsed = parseWorkshop(text, load());
    expect(parsed.ok && parsed.value).toMatchObject({ format: 'cellule/workshop@2', mode: 'simultaneous' });
    expect(parsed.ok && parsed.value.events.map((e) => e.type)).toEqual(['start', 'release', 'lock', 'lock', 'lock', 'reveal', 'note', 'end']);
    expect(parsed.ok && parsed.value.events.find((e) => e.type === 'note')).toMatchObject({ text: '<b>not html</b>', turn: 2 });
  });
});

describe('what each role receives', () => {
  test('no team device and no projector ever receives the culprit, a seed, random state or another team’s choices', async () => {
    const w = await workshop();
    const [alpha, bravo, charlie] = [await w.team('t1'), await w.team('t2'), await w.team('t3')];
    const projector = keep(await join(server.url, w.code, { role: 'projector' }));
    w.control('start');
    await alpha.seen('view', (b) => b.view.phase === 'running');
    alpha.room.send('draft', { decisions: ['forensics'] });
    alpha.room.send('lock', { turn: 1, decisions: ['forensics', 'tell'] });
    charlie.room.send('lock', { turn: 1, decisions: ['blame'] });
    bravo.room.send('lock', { turn: 1, decisions: ['shutdown'] });
    await projector.seen('view', (b) => b.view.turn === 2);
    await alpha.seen('view', (b) => b.view.turn === 2);
    const secrets = new Set(['seed', 'rng', 'culprit', 'scheduled', 'nextSeq', 'flags', 'likelihood', 'key']);
    const others: Record<string, string[]> = { t1: ['blame', 'shutdown'], t2: ['forensics', 'blame', 'tell', 'logs'], t3: ['forensics', 'shutdown', 'logs'] };
    for (const [peer, id] of [[alpha, 't1'], [bravo, 't2'], [charlie, 't3'], [projector, 'projector']] as const) {
      const received = peer.messages.map((m) => (m.type === 'view' ? { ...m.body, view: { ...m.body.view, decisions: [] } } : m.body));
      const { keys, values } = scan(received);
      expect([...keys].filter((k) => secrets.has(k)), id).toEqual([]);
      expect(values.has(String(SEED)), id).toBe(false);
      expect(values.has('gang'), id).toBe(false);
      for (const d of others[id] ?? ['forensics', 'blame', 'shutdown', 'tell', 'scrub']) expect(values.has(d), `${id} sees ${d}`).toBe(false);
    }
  });
});
