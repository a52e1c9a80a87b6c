/** Two bots play a live workshop on a real server to the end of their games. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runBot } from '../../bench/live/bot';
import { boot, createRoom, type Booted, type Peer } from './helpers';

let server: Booted;
const peers: Peer[] = [];
beforeAll(async () => {
  server = await boot();
});
afterAll(async () => {
  for (const p of peers) await p.leave();
  await server.stop();
});

test('two bots lock every turn with legal decisions until their games are over', async () => {
  const fac = await createRoom(server.url, null, ['Alpha', 'Bravo']);
  peers.push(fac.peer);
  const bots = ['t1', 't2'].map((team, i) => runBot({ url: server.url.replace('http', 'ws'), code: fac.code, team, seed: 7 + i, deadlineMs: 15_000 }));
  fac.peer.room.send('control', { key: fac.key, type: 'start' });
  const results = await Promise.all(bots);
  for (const r of results) {
    expect(r.finished).toBe('done');
    expect(r.turnsLocked).toBe(3);
  }
  expect(fac.peer.messages.filter((m) => m.type === 'error')).toEqual([]);
}, 30_000);
