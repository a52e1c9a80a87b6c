/** The live store against a real server on 127.0.0.1: what a console, team devices and a projector do, and coming back after a restart. */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine';
import { createLiveStore, memoryStorage, type KeyValue, type LiveState, type LiveStore } from '../../src/store';
import { boot, exited, scenarioText, spawnServer, type Booted } from '../server/helpers';
import { load } from '../workshop/fixture';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** A device: its own storage; `hasScenario` says whether it carries the scenario already (a bundled one) or must ask. */
function device(url: string, hasScenario = true, storage: KeyValue = memoryStorage()): LiveStore {
  const fixture = load();
  const live = createLiveStore({
    storage,
    endpoint: url,
    findScenario: async (id, hash) => (hasScenario && id === fixture.scenario.id && hash === fixture.hash ? fixture : null),
    loadText: async (text) => {
      const r = loadScenario(text);
      return r.ok ? r.value : null;
    },
    retryMs: [200, 200, 400, 400, 800, 800, 1600],
  });
  stops.push(() => live.actions.leave());
  return live;
}

async function until(live: LiveStore, pred: (s: LiveState) => boolean, ms = 5000): Promise<LiveState> {
  const deadline = Date.now() + ms;
  while (!pred(live.store.getState())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${ms} ms: ${JSON.stringify({ ...live.store.getState(), loaded: undefined })}`);
    await new Promise((done) => setTimeout(done, 20));
  }
  return live.store.getState();
}

const setup = { locale: 'en', teams: [{ name: 'Alpha' }, { name: 'Bravo' }], seed: 7 };

async function server(): Promise<Booted> {
  const b = await boot();
  stops.push(() => b.stop());
  return b;
}

describe('a live workshop through the store', () => {
  test('a console creates it, a team picks its seat from the lobby, two devices share one draft, one lock', async () => {
    const { url } = await server();
    const console_ = device(url);
    expect(await console_.actions.create({ text: scenarioText() }, setup)).toBe(true);
    const { code, key } = await until(console_, (s) => s.view?.role === 'facilitator');
    expect(code).toMatch(/^[23456789A-Z]{6}$/);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const phone = device(url);
    await phone.actions.lookUp(code!);
    const lobby = (await until(phone, (s) => (s.lobby?.teams.length ?? 0) === 2)).lobby!;
    expect(lobby.teams.map((t) => t.name)).toEqual(['Alpha', 'Bravo']);
    await phone.actions.joinTeam(code!, 't2');
    const joined = await until(phone, (s) => s.view?.role === 'team' && s.loaded !== null);
    expect(joined).toMatchObject({ role: 'team', team: 't2', lobby: null });

    // A second device of the same team, without the scenario: it asks the server for the file.
    const laptop = device(url, false);
    await laptop.actions.joinTeam(code!, 't2');
    const withText = await until(laptop, (s) => s.loaded !== null);
    expect(withText.loaded!.hash).toBe(load().hash);

    console_.actions.control({ type: 'start' });
    await until(phone, (s) => s.view?.phase === 'running');
    phone.actions.toggleDecision('tell');
    await until(laptop, (s) => s.view?.role === 'team' && s.view.draft.decisions.join() === 'tell');
    laptop.actions.lock();
    const locked = await until(phone, (s) => s.view?.role === 'team' && s.view.status === 'locked');
    expect(locked.view).toMatchObject({ locks: { locked: 1, of: 2 } });
    const seen = await until(console_, (s) => s.view?.role === 'facilitator' && s.view.teams[1]!.status === 'locked');
    expect(seen.view!.role === 'facilitator' && seen.view!.teams.map((t) => t.status)).toEqual(['open', 'locked']);
    // The session file is the record: its one lock is the one the laptop sent.
    const session = JSON.parse(await console_.actions.sessionText()) as { format: string; events: { type: string; team?: string; decisions?: string[] }[] };
    expect(session.format).toBe('cellule/workshop@2');
    expect(session.events.filter((e) => e.type === 'lock')).toEqual([expect.objectContaining({ team: 't2', decisions: ['tell'] })]);
  });

  test('a wrong code is refused with its protocol code; a device with nothing kept cannot resume', async () => {
    const { url } = await server();
    const phone = device(url);
    expect(await phone.actions.lookUp('ZZZZZZ')).toBe(false);
    expect(phone.store.getState()).toMatchObject({ status: 'closed', problem: { code: 'live/no-such-room' }, lobby: null });
    expect(await phone.actions.resume('ZZZZZZ')).toBe(false);
  });

  test('after kill -9 and a restart every device comes back by itself, the team with the draft it was making', async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'cellule-live-store-'));
    const children: ChildProcess[] = [];
    stops.push(async () => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await Promise.all(children.map(exited));
      rmSync(dir, { recursive: true, force: true });
    });
    const first = await spawnServer(dir, children);
    const console_ = device(first.url);
    await console_.actions.create({ text: scenarioText() }, setup);
    const { code } = await until(console_, (s) => s.view?.role === 'facilitator');
    console_.actions.control({ type: 'start' });
    const phone = device(first.url);
    await phone.actions.joinTeam(code!, 't1');
    await until(phone, (s) => s.view?.phase === 'running');
    phone.actions.toggleDecision('blame');
    await until(phone, (s) => s.view?.role === 'team' && s.view.decisions.some((d) => d.id === 'blame' && !d.legal));
    first.child.kill('SIGKILL');
    await exited(first.child);
    const second = await spawnServer(dir, children, Number(new URL(first.url).port));
    expect(second.restored).toEqual([code]);
    const back = await until(phone, (s) => s.status === 'open' && s.view?.role === 'team', 20_000);
    expect(back.view!.role === 'team' && back.view!.draft.decisions).toEqual(['blame']);
    await until(console_, (s) => s.status === 'open' && s.view?.role === 'facilitator', 20_000);
    phone.actions.lock();
    await until(phone, (s) => s.refusal !== null || (s.view?.role === 'team' && s.view.status === 'locked'));
    expect(phone.store.getState().refusal).toBeNull();
    await until(console_, (s) => s.view?.role === 'facilitator' && s.view.teams[0]!.status === 'locked');
  }, 60_000);
});
