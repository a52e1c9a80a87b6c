/** Two server processes sharing rooms through a redis-server of the test's own: create on one, join and lock on the other. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasRedis, startRedis, startServer, type Proc } from '../../bench/live/procs';
import { createRoom, join, type Peer } from './helpers';

const redis = hasRedis();
if (!redis) console.warn('test/server/redis.test.ts skipped: redis-server is not installed (scripts/ensure-deps.sh installs it)');

describe.skipIf(!redis)('scale-out through Redis', () => {
  const procs: Proc[] = [];
  const peers: Peer[] = [];
  beforeAll(async () => {
    const r = await startRedis();
    procs.push(r);
    procs.push(await startServer(r.url));
    procs.push(await startServer(r.url));
  }, 60_000);
  afterAll(async () => {
    for (const p of peers) await p.leave();
    // Servers first, Redis last: they leave their listings on the way out.
    for (const p of procs.reverse()) await p.stop();
  }, 30_000);

  test('a team joins through the other process and the facilitator sees its lock', async () => {
    const [, one, two] = procs as [Proc, Proc, Proc];
    const fac = await createRoom(one.url, null, ['Alpha', 'Bravo']);
    peers.push(fac.peer);
    const alpha = await join(two.url, fac.code, { role: 'team', team: 't1' });
    peers.push(alpha);
    expect(alpha.last('welcome')).toMatchObject({ code: fac.code, role: 'team', team: 't1' });
    fac.peer.room.send('control', { key: fac.key, type: 'start' });
    await alpha.seen('view', (b) => b.view.phase === 'running');
    alpha.room.send('lock', { turn: 1, decisions: ['tell'] });
    const seen = await fac.peer.seen('view', (b) => b.view.teams?.find((t: { id: string }) => t.id === 't1')?.status === 'locked', 5000);
    expect(seen.code).toBe(fac.code);
    await expect(join(two.url, 'ZZZZZZ', { role: 'projector' })).rejects.toThrow(/live\/no-such-room/);
  }, 60_000);

  test('wrong room codes count across the processes: a client cannot get the limit once per process', async () => {
    const [, one, two] = procs as [Proc, Proc, Proc];
    const wrong = (url: string, i: number) =>
      fetch(`${url}/matchmake/joinById/YYYYY${'23456789AB'[i % 10]}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(async (r) => (await r.json()).code as string);
    // Alternating processes: each alone would allow 10 a minute, 20 together; shared, about 10
    // (one more at most where the minute turns; the test above left one wrong code already).
    let refusedAfter = -1;
    for (let i = 0; i < 20 && refusedAfter < 0; i++) {
      const code = await wrong(i % 2 ? two.url : one.url, i);
      if (code === 'live/rate-limited') refusedAfter = i;
      else expect(code).toBe('live/no-such-room');
    }
    expect(refusedAfter).toBeGreaterThan(0);
    expect(refusedAfter).toBeLessThanOrEqual(11);
    expect(await wrong(one.url, 0)).toBe('live/rate-limited');
    expect(await wrong(two.url, 0)).toBe('live/rate-limited');
  }, 30_000);
});
