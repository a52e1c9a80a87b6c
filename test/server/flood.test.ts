import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { boot, createRoom, join, type Booted, type Peer } from './helpers';

let server: Booted;
const peers: Peer[] = [];
const keep = (p: Peer) => (peers.push(p), p);
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.leave()));
  await server.stop();
});

describe('limits', () => {
  test('a client flooding messages is told once, throttled, then dropped; the others play on', async () => {
    const fac = await createRoom(server.url);
    keep(fac.peer);
    const flooder = keep(await join(server.url, fac.code, { role: 'team', team: 't1' }));
    const bravo = keep(await join(server.url, fac.code, { role: 'team', team: 't2' }));
    fac.peer.room.send('control', { key: fac.key, type: 'start' });
    await bravo.seen('view', (b) => b.view.phase === 'running');
    for (let i = 0; i < 300 && flooder.closed === null; i++) flooder.room.send('draft', { decisions: [] });
    for (let i = 0; i < 100 && flooder.closed === null; i++) await new Promise((r) => setTimeout(r, 20));
    expect(flooder.closed).toBe(4429);
    expect(flooder.messages.filter((m) => m.type === 'error' && m.body.code === 'live/flood').length).toBeLessThanOrEqual(2);
    expect(flooder.messages.some((m) => m.type === 'error' && m.body.code === 'live/flood')).toBe(true);
    bravo.room.send('lock', { turn: 1, decisions: ['tell'] });
    await bravo.seen('view', (b) => b.view.status === 'locked');
  });

  test('wrong room codes: refused with live/no-such-room, then rate-limited per address', async () => {
    const fac = await createRoom(server.url);
    keep(fac.peer);
    const client = new Client(server.url);
    for (let i = 0; i < 10; i++) await expect(client.joinById(`ZZZZZ${'23456789AB'[i]}`, { role: 'projector' })).rejects.toThrow(/live\/no-such-room/);
    await expect(client.joinById(fac.code, { role: 'projector' })).rejects.toThrow(/live\/rate-limited/);
  });

  test('behind a declared proxy each device counts on its own; undeclared, a forged X-Forwarded-For changes nothing', async () => {
    const wrong = (url: string, xff: string, i: number) =>
      fetch(`${url}/matchmake/joinById/ZZZZZ${'23456789AB'[i % 10]}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': xff }, body: '{}' }).then(async (r) => (await r.json()).code as string);
    const proxied = await boot({ trustedHops: 1 });
    try {
      for (let i = 0; i < 10; i++) expect(await wrong(proxied.url, '203.0.113.1', i)).toBe('live/no-such-room');
      expect(await wrong(proxied.url, '203.0.113.1', 0)).toBe('live/rate-limited');
      // Another phone in the room, behind the same proxy: not held back by the first one's mistakes.
      expect(await wrong(proxied.url, '203.0.113.2', 0)).toBe('live/no-such-room');
    } finally {
      await proxied.stop();
    }
    const direct = await boot();
    try {
      for (let i = 0; i < 10; i++) expect(await wrong(direct.url, `198.51.100.${i}`, i)).toBe('live/no-such-room');
      expect(await wrong(direct.url, '198.51.100.99', 0)).toBe('live/rate-limited');
    } finally {
      await direct.stop();
    }
  });
});
