import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@colyseus/sdk';
import { boot, createRoom, join, Peer, scenarioText, type Booted } from './helpers';

let server: Booted;
const peers: Peer[] = [];
const keep = (p: Peer) => (peers.push(p), p);
// No flood limit here: this file checks what a message may do, flood.test.ts how many may come.
beforeAll(async () => {
  server = await boot({ rate: { perSecond: 1e6, burst: 1e6 } });
});
afterAll(async () => {
  await Promise.all(peers.map((p) => p.leave()));
  await server.stop();
});

/** The facilitator's count of accepted events, asked fresh. */
async function events(fac: { peer: Peer; key: string }): Promise<number> {
  const reply = fac.peer.next('session');
  fac.peer.room.send('session', { key: fac.key });
  return JSON.parse((await reply).text).events.length;
}

async function started() {
  const fac = await createRoom(server.url);
  keep(fac.peer);
  fac.peer.room.send('control', { key: fac.key, type: 'start' });
  const alpha = keep(await join(server.url, fac.code, { role: 'team', team: 't1' }));
  await alpha.seen('view', (b) => b.view.phase === 'running');
  return { fac, alpha };
}

/** Send and return the error it earns. */
async function refusal(peer: Peer, type: string | number, body: unknown): Promise<string> {
  const reply = peer.next('error');
  peer.room.send(type as string, body);
  return (await reply).code;
}

describe('a hostile client changes nothing', () => {
  test('acting for another team, controlling without the key, writing from the projector', async () => {
    const { fac, alpha } = await started();
    const projector = keep(await join(server.url, fac.code, { role: 'projector' }));
    expect(await refusal(alpha, 'lock', { team: 't2', turn: 1, decisions: [] })).toBe('live/not-your-team');
    expect(await refusal(alpha, 'draft', { team: 't3', decisions: ['scrub'] })).toBe('live/not-your-team');
    expect(await refusal(alpha, 'control', { type: 'end' })).toBe('live/bad-key');
    expect(await refusal(alpha, 'control', { type: 'end', key: 'k'.repeat(43) })).toBe('live/bad-key');
    expect(await refusal(alpha, 'session', {})).toBe('live/bad-key');
    expect(await refusal(projector, 'lock', { turn: 1, decisions: [] })).toBe('live/read-only');
    expect(await refusal(fac.peer, 'lock', { turn: 1, decisions: [] })).toBe('live/not-a-team');
    expect(await refusal(alpha, 'lock', { turn: 1, decisions: ['scrub', 'tell', 'shutdown'] })).toBe('workshop/illegal-turn');
    expect(await refusal(alpha, 'lock', { turn: 1, decisions: [], extra: 1 })).toBe('live/bad-message');
    expect(await refusal(alpha, 'teleport', {})).toBe('live/unknown-type');
    expect(await refusal(alpha, 'draft', { decisions: ['x'.repeat(17_000)] })).toBe('live/too-large');
    expect(await events(fac)).toBe(1);
  });

  test('thousands of malformed and random messages: no crash, no change, other rooms untouched', async () => {
    const { fac, alpha } = await started();
    const other = await started();
    other.alpha.room.send('lock', { turn: 1, decisions: ['tell'] });
    await other.alpha.seen('view', (b) => b.view.status === 'locked');
    const before = await events(other.fac);
    const type = fc.oneof(fc.constantFrom('lock', 'draft', 'control', 'session', 'view', 'welcome', '*', '__proto__'), fc.string({ maxLength: 12 }), fc.integer());
    const body = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({ turn: fc.oneof(fc.integer(), fc.double(), fc.string()), decisions: fc.array(fc.string({ maxLength: 8 }), { maxLength: 40 }), team: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }),
      fc.record({ key: fc.string({ maxLength: 50 }), type: fc.constantFrom('start', 'end', 'advance', 'release', 'note', 'reveal'), inject: fc.string(), text: fc.string() }, { requiredKeys: [] }),
      fc.record({ decisions: fc.constant(['scrub']), assessment: fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.double(), fc.integer(), fc.string())) }),
    );
    const samples = fc.sample(fc.tuple(type, body), { numRuns: 3000, seed: 20261206 });
    const t0 = Date.now();
    let sender = alpha;
    let dropped = 0;
    for (const [t, b] of samples) {
      if (sender.closed !== null) {
        dropped++;
        sender = keep(await join(server.url, fac.code, { role: 'team', seat: alpha.last('welcome').seat }));
      }
      try {
        sender.room.send(t as string, b);
      } catch {
        // a value the client cannot encode never leaves it
      }
    }
    expect(Date.now() - t0).toBeLessThan(20_000);
    // every message has been handled once the last one's answer is back
    if (sender.closed === null) {
      const done = sender.next('view', (v) => v.view.draft.decisions[0] === 'forensics', 10_000);
      sender.room.send('draft', { decisions: ['forensics'] });
      await done;
    }
    expect(dropped).toBeLessThan(50);
    expect(await events(fac)).toBe(1);
    expect(await events(other.fac)).toBe(before);
    // the room still plays
    const back = keep(await join(server.url, fac.code, { role: 'team', team: 't2' }));
    back.room.send('lock', { turn: 1, decisions: ['tell'] });
    expect((await back.seen('view', (v) => v.view.status === 'locked')).view.game.metrics.trust).toBe(75);
  });

  test('a creation with a bad scenario or setup is refused with its code', async () => {
    const client = new Client(server.url);
    const base = { role: 'facilitator', nonce: 'q'.repeat(24) };
    const setup = { locale: 'en', teams: [{ name: 'A' }, { name: 'B' }] };
    await expect(client.create('workshop', { ...base, create: { scenario: { text: '{"format": 1}' }, setup } })).rejects.toThrow(/live\/bad-scenario/);
    await expect(client.create('workshop', { ...base, create: { scenario: { bundled: 'no-such-scenario' }, setup } })).rejects.toThrow(/live\/bad-scenario/);
    await expect(client.create('workshop', { ...base, create: { scenario: { text: scenarioText() }, setup: { ...setup, teams: [{ name: 'Solo' }] } } })).rejects.toThrow(/live\/bad-setup/);
    await expect(client.create('workshop', { ...base, create: { scenario: { text: scenarioText() }, setup }, admin: true })).rejects.toThrow(/live\/bad-setup/);
    const bundled = await client.create('workshop', { ...base, create: { scenario: { bundled: 'tutorial' }, setup } });
    const peer = keep(new Peer(bundled));
    expect((await peer.seen('view')).view).toMatchObject({ role: 'facilitator', mode: 'simultaneous', phase: 'setup' });
  });

  test('a team has at most 32 seat tokens; one that has a token still comes back', async () => {
    const { fac, alpha } = await started();
    for (let i = 1; i < 32; i++) await keep(await join(server.url, fac.code, { role: 'team', team: 't1' })).leave();
    await expect(join(server.url, fac.code, { role: 'team', team: 't1' })).rejects.toThrow(/live\/seats-full/);
    keep(await join(server.url, fac.code, { role: 'team', seat: alpha.last('welcome').seat }));
  });

  test('a frame past the transport limit closes only that connection', async () => {
    const { fac, alpha } = await started();
    alpha.room.send('draft', { decisions: ['x'.repeat(100_000)] });
    for (let i = 0; i < 50 && alpha.closed === null; i++) await new Promise((r) => setTimeout(r, 20));
    expect(alpha.closed).not.toBeNull();
    expect(await events(fac)).toBe(1);
  });
});
