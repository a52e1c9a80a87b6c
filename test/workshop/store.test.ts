/**
 * The workshop store: every event is kept in storage, a second store over the same storage
 * (a page reload) gets the same room back, a damaged or foreign save is reported, and the hot
 * seat hands the team's chosen decisions and board to the lock.
 */
import { describe, expect, test } from 'vitest';
import { createApp, memoryCatalog, memoryStorage, type KeyValue } from '../../src/store';
import { createSeat, createWorkshopStore, seatChoices, seatTeam } from '../../src/store/workshop';
import { WORKSHOP_SAVE_KEY } from '../../src/store/workshop/save';
import { ASIDE_FILES, readAside } from '../../src/store/aside';
import { serialiseWorkshop } from '../../src/workshop';
import { fixtureScenario, load } from './fixture';

const loaded = load();
const text = JSON.stringify(fixtureScenario());
let seconds = 0;
const clock = () => new Date(Date.UTC(2025, 11, 22, 10, 0, (seconds += 30)));

function stores(storage: KeyValue) {
  const app = createApp({ storage: memoryStorage(), catalog: memoryCatalog({ 'workshop-fixture': text }), language: 'en' });
  return createWorkshopStore({ app, storage, now: clock });
}

const setup = { locale: 'en', teams: [{ name: 'Alpha' }, { name: 'Bravo' }], seed: 7, secondsPerTurn: 120, releasable: ['leak'], hideLeaderboard: true };

describe('workshop store', () => {
  test('persists after every event; a reload restores the same session and room', async () => {
    const storage = memoryStorage();
    const ws = stores(storage);
    expect(ws.actions.create(loaded, setup)).toBe(true);
    expect(ws.actions.dispatch({ type: 'start' })).toBe(true);
    expect(ws.actions.dispatch({ type: 'release', inject: 'leak', team: 't2' })).toBe(true);
    expect(ws.actions.dispatch({ type: 'lock', team: 't1', turn: 1, decisions: ['tell', 'scrub'] })).toBe(true);
    const before = ws.store.getState();
    expect(storage.get(WORKSHOP_SAVE_KEY)).toBe(serialiseWorkshop(before.session!));

    const again = stores(storage);
    expect(await again.actions.restore()).toBe(true);
    const after = again.store.getState();
    expect(after.session).toEqual(before.session);
    expect(after.room?.teams.map((t) => [t.id, t.state.turn, t.queued])).toEqual([
      ['t1', 2, []],
      ['t2', 1, ['leak']],
    ]);
    expect(after.room?.active).toBe(1);
  });

  test('a refused event changes nothing, is not saved, and says why', () => {
    const storage = memoryStorage();
    const ws = stores(storage);
    ws.actions.create(loaded, setup);
    ws.actions.dispatch({ type: 'start' });
    const saved = storage.get(WORKSHOP_SAVE_KEY);
    expect(ws.actions.dispatch({ type: 'lock', team: 't2', turn: 1, decisions: [] })).toBe(false);
    expect(ws.store.getState().problem?.code).toBe('not-your-turn');
    expect(storage.get(WORKSHOP_SAVE_KEY)).toBe(saved);
    expect(ws.store.getState().session?.events.map((e) => e.type)).toEqual(['start']);
  });

  test('a bad setup is refused with the setup code', () => {
    const ws = stores(memoryStorage());
    expect(ws.actions.create(loaded, { ...setup, teams: [{ name: 'Solo' }] })).toBe(false);
    expect(ws.store.getState().problem).toMatchObject({ code: 'setup', params: { field: 'teams' } });
    expect(ws.store.getState().session).toBeNull();
  });

  test('a damaged save or a session of an unknown scenario is reported, never thrown', async () => {
    const broken = stores(memoryStorage({ [WORKSHOP_SAVE_KEY]: '{"format":"cellule/workshop@1",' }));
    expect(await broken.actions.restore()).toBe(false);
    expect(broken.store.getState().problem).toMatchObject({ code: 'malformed', kept: true, line: 1, file: ASIDE_FILES.workshop });

    const ws = stores(memoryStorage());
    ws.actions.create(loaded, setup);
    const foreign = ws.actions.sessionText()!.replace('"scenario": "workshop-fixture"', '"scenario": "elsewhere"');
    const other = stores(memoryStorage());
    expect(await other.actions.openFile(foreign, 'x.json')).toBe(false);
    expect(other.store.getState().problem).toBeNull();
    expect(other.store.getState().needed).toMatchObject({ id: 'elsewhere', title: { en: 'Fixture outage', fr: 'Panne de test' }, file: 'x.json', kept: false, bundledOther: false });
  });

  test('a damaged kept workshop is set aside for real, not deleted', async () => {
    const damaged = '{"format":"cellule/workshop@1",';
    const storage = memoryStorage({ [WORKSHOP_SAVE_KEY]: damaged });
    const ws = stores(storage);
    expect(await ws.actions.restore()).toBe(false);
    expect(storage.get(WORKSHOP_SAVE_KEY)).toBeNull();
    expect(readAside(storage, 'workshop')).toBe(damaged);
    // One whose releasable names an unknown inject: refused on reopening, so the facilitator view never sees it.
    const good = stores(memoryStorage());
    good.actions.create(loaded, setup);
    const tampered = good.actions.sessionText()!.replace('"releasable": [\n    "leak"\n  ]', '"releasable": ["ghost"]');
    expect(tampered).toContain('"ghost"');
    const reload = stores(memoryStorage({ [WORKSHOP_SAVE_KEY]: tampered }));
    expect(await reload.actions.restore()).toBe(false);
    expect(reload.store.getState().problem).toMatchObject({ code: 'not-releasable', kept: true, file: ASIDE_FILES.workshop, pointer: '/releasable/0' });
  });

  test('closing forgets the workshop', () => {
    const storage = memoryStorage();
    const ws = stores(storage);
    ws.actions.create(loaded, setup);
    ws.actions.close();
    expect(storage.get(WORKSHOP_SAVE_KEY)).toBeNull();
    expect(ws.store.getState().session).toBeNull();
  });
});

describe('hot seat', () => {
  test("gives the lock the team's decisions in order, and its board once moved", async () => {
    const ws = stores(memoryStorage());
    await (await import('../../src/store')).loadEngine();
    ws.actions.create(loaded, setup);
    ws.actions.dispatch({ type: 'start' });
    const seat = createSeat('en');
    seatTeam(seat, 'workshop-fixture', loaded, ws.store.getState().room!.teams[0]!.state);
    expect(seatChoices(seat)).toEqual({ decisions: [] });
    expect(seat.actions.toggleDecision('tell')).toBe(true);
    expect(seat.actions.toggleDecision('scrub')).toBe(true);
    expect(seat.actions.toggleDecision('forensics')).toBe(false); // staff 2: no room left
    seat.actions.setProbability('gang', 80);
    expect(seatChoices(seat)).toEqual({ decisions: ['tell', 'scrub'], assessment: { gang: 80, state: 20 } });
    expect(ws.actions.dispatch({ type: 'lock', team: 't1', turn: 1, ...seatChoices(seat)! })).toBe(true);
    expect(ws.store.getState().room!.teams[0]!.state.log[0]).toMatchObject({ decisions: ['tell', 'scrub'], assessment: { gang: 80, state: 20 } });
  });
});
