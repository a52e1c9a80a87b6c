import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { boot, createRoom, join, type Booted, type Peer } from './helpers';

let server: Booted;
const peers: Peer[] = [];
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.leave()));
  await server.stop();
});

describe('a live workshop over the wire', () => {
  test('create, join seats, lock simultaneously, the turn closes for all', async () => {
    const fac = await createRoom(server.url);
    peers.push(fac.peer);
    expect(fac.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(fac.key.length).toBeGreaterThanOrEqual(43);
    const alpha = await join(server.url, fac.code, { role: 'team', team: 't1' });
    const bravo = await join(server.url, fac.code, { role: 'team', team: 't2' });
    peers.push(alpha, bravo);
    expect(alpha.last('welcome')).toMatchObject({ role: 'team', team: 't1', code: fac.code });
    fac.peer.room.send('control', { key: fac.key, type: 'start' });
    await alpha.next('view', (b) => b.view.phase === 'running');
    alpha.room.send('lock', { turn: 1, decisions: ['tell', 'scrub'] });
    const waiting = await alpha.next('view', (b) => b.view.status === 'locked');
    expect(waiting.view.locks).toEqual({ locked: 1, of: 3 });
    fac.peer.room.send('control', { key: fac.key, type: 'advance' });
    const next = await bravo.next('view', (b) => b.view.turn === 2);
    expect(next.view.game.log).toEqual([{ decisions: [] }]);
  });
});
