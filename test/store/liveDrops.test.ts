/**
 * Random device drops during a live workshop: sockets cut at random moments (before, during and
 * after drafts and locks), devices coming back by themselves (Colyseus's reconnection, or a new
 * join with their seat token). Every turn of every team is locked exactly once; nothing is lost.
 */
import { matchMaker } from '@colyseus/core';
import { afterAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine';
import { createLiveStore, memoryStorage, type LiveState, type LiveStore } from '../../src/store';
import { boot, scenarioText, type Booted } from '../server/helpers';
import { load } from '../workshop/fixture';

let server: Booted;
const stores: LiveStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.actions.leave();
  await server?.stop();
});

function device(url: string): LiveStore {
  const fixture = load();
  const live = createLiveStore({
    storage: memoryStorage(),
    endpoint: url,
    findScenario: async (id, hash) => (id === fixture.scenario.id && hash === fixture.hash ? fixture : null),
    loadText: async (text) => {
      const r = loadScenario(text);
      return r.ok ? r.value : null;
    },
    retryMs: [50, 100, 200, 400, 800, 800, 800, 800],
  });
  stores.push(live);
  return live;
}

async function until(live: LiveStore, pred: (s: LiveState) => boolean, what: string, ms = 15_000): Promise<LiveState> {
  const deadline = Date.now() + ms;
  while (!pred(live.store.getState())) {
    if (Date.now() > deadline) {
      throw new Error(`${what}: not reached within ${ms} ms (status ${live.store.getState().status})`);
    }
    await new Promise((done) => setTimeout(done, 10));
  }
  return live.store.getState();
}

/** A small seeded generator: the same seed cuts the same sockets at the same steps. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Cut one team device's socket at random, as a phone leaving the Wi-Fi would (no goodbye). */
function cutOne(code: string, random: () => number): void {
  const room = matchMaker.getLocalRoomById(code) as unknown as { clients: { sessionId: string; ref: { terminate(): void } }[]; seats: Map<string, { role: string }> };
  const teams = room.clients.filter((c) => room.seats.get(c.sessionId)?.role === 'team');
  const victim = teams[Math.floor(random() * teams.length)];
  victim?.ref.terminate();
}

describe('device drops', () => {
  test.each([1, 2, 3])('seed %i: three teams on two devices each, sockets cut at random, three turns: one lock per team per turn', async (seed) => {
    server ??= await boot();
    const random = rng(seed);
    const console_ = device(server.url);
    await console_.actions.create({ text: scenarioText() }, { locale: 'en', teams: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], seed: 5 });
    const { code } = await until(console_, (s) => s.view?.role === 'facilitator', 'console');
    const teams = ['t1', 't2', 't3'];
    const devices = new Map<string, LiveStore[]>();
    for (const team of teams) {
      const pair = [device(server.url), device(server.url)];
      for (const d of pair) await d.actions.joinTeam(code!, team);
      devices.set(team, pair);
    }
    console_.actions.control({ type: 'start' });
    const playing = (s: LiveState, turn: number) => s.status === 'open' && s.view?.role === 'team' && s.view.phase === 'running' && s.view.turn === turn;

    for (let turn = 1; turn <= 3; turn++) {
      for (const team of teams) {
        const pair = devices.get(team)!;
        if (random() < 0.5) cutOne(code!, random);
        const drafter = pair[Math.floor(random() * 2)]!;
        const s = await until(drafter, (x) => playing(x, turn), `${team} drafter, turn ${turn}`);
        const legal = s.view?.role === 'team' ? s.view.decisions.filter((d) => d.legal).map((d) => d.id) : [];
        if (legal.length) drafter.actions.toggleDecision(legal[Math.floor(random() * legal.length)]!);
        if (random() < 0.5) cutOne(code!, random);
        const locker = pair[Math.floor(random() * 2)]!;
        // Nobody of this team has locked this turn yet: the locker sees it open (once its connection is back).
        await until(locker, (x) => playing(x, turn) && x.view?.role === 'team' && x.view.status === 'open', `${team} locker, turn ${turn}`);
        locker.actions.lock();
        // The other device tries too (a team arguing over who presses the button): at most one lock counts.
        if (random() < 0.5) pair.find((d) => d !== locker)!.actions.lock();
        if (random() < 0.3) cutOne(code!, random);
        await until(console_, (x) => x.view?.role === 'facilitator' && (x.view.turn > turn || x.view.teams.find((t) => t.id === team)!.status !== 'open'), `${team} locked, turn ${turn}`);
      }
      await until(console_, (x) => x.view?.role === 'facilitator' && (x.view.turn > turn || x.view.teams.every((t) => t.status === 'done')), `turn ${turn} closed`);
    }

    const session = JSON.parse(await console_.actions.sessionText()) as { events: { type: string; team?: string; turn?: number }[] };
    const locks = session.events.filter((e) => e.type === 'lock').map((e) => `${e.team}@${e.turn}`);
    expect(locks.sort()).toEqual(teams.flatMap((team) => [1, 2, 3].map((turn) => `${team}@${turn}`)).sort());
    // Every device is back in the room by itself, on its team's finished game.
    for (const [team, pair] of devices)
      for (const d of pair) {
        const s = await until(d, (x) => x.status === 'open' && x.view?.role === 'team' && x.view.status === 'done', `${team} device back`);
        expect(s.team).toBe(team);
      }
  }, 90_000);

  test('a lock pressed as the connection dies is sent again once the device is back, and counts once', async () => {
    server ??= await boot();
    const console_ = device(server.url);
    await console_.actions.create({ text: scenarioText() }, { locale: 'en', teams: [{ name: 'A' }, { name: 'B' }], seed: 5 });
    const { code } = await until(console_, (s) => s.view?.role === 'facilitator', 'console');
    const phone = device(server.url);
    await phone.actions.joinTeam(code!, 't1');
    console_.actions.control({ type: 'start' });
    await until(phone, (s) => s.view?.role === 'team' && s.view.phase === 'running', 'running');
    const room = matchMaker.getLocalRoomById(code!) as unknown as { clients: { sessionId: string; ref: { terminate(): void } }[]; seats: Map<string, { role: string }> };
    // The socket dies and the lock is pressed in the same moment: the device has not noticed yet.
    for (const c of room.clients) if (room.seats.get(c.sessionId)?.role === 'team') c.ref.terminate();
    phone.actions.lock();
    await until(console_, (s) => s.view?.role === 'facilitator' && s.view.teams[0]!.status === 'locked', 'the lock arrives');
    const session = JSON.parse(await console_.actions.sessionText()) as { events: { type: string }[] };
    expect(session.events.filter((e) => e.type === 'lock')).toHaveLength(1);
    expect(phone.store.getState().refusal).toBeNull();
  }, 30_000);
});
