/**
 * Workshops on a scenario of one's own: the scenario file is checked and listed, its text is kept
 * with the workshop so a reload loses nothing, and a session file reopened elsewhere asks for
 * exactly that scenario file (same id, same content) before it opens.
 */
import { describe, expect, test } from 'vitest';
import { createApp, memoryCatalog, memoryStorage, type KeyValue } from '../../src/store';
import { createWorkshopStore } from '../../src/store/workshop';
import { reopensOnLoad, WORKSHOP_AWAY_KEY, WORKSHOP_SAVE_KEY, WORKSHOP_SCENARIO_KEY } from '../../src/store/workshop/save';
import { fixtureScenario, load } from './fixture';

const bundledText = JSON.stringify(fixtureScenario());
const custom = { ...fixtureScenario(), id: 'my-drill', title: { en: 'My drill', fr: 'Mon exercice' } };
const customText = JSON.stringify(custom, null, 2);
let seconds = 0;
const clock = () => new Date(Date.UTC(2025, 11, 22, 10, 0, (seconds += 30)));

function stores(storage: KeyValue) {
  const app = createApp({ storage: memoryStorage(), catalog: memoryCatalog({ 'workshop-fixture': bundledText }), language: 'en' });
  return { app, ws: createWorkshopStore({ app, storage, now: clock }) };
}

const setup = { locale: 'en', teams: [{ name: 'Alpha' }, { name: 'Bravo' }], seed: 7, secondsPerTurn: null, releasable: [], hideLeaderboard: false };

/** A custom-scenario workshop with two locked turns, in `storage`. */
async function played(storage: KeyValue) {
  const { app, ws } = stores(storage);
  const key = await ws.actions.loadScenario(customText, 'my-drill.json');
  expect(key).toBe('custom:my-drill');
  const entry = app.store.getState().scenarios!.find((x) => x.key === key)!;
  expect(entry.source).toEqual({ kind: 'custom', file: 'my-drill.json', text: customText });
  expect(ws.actions.create(entry.loaded!, setup)).toBe(true);
  expect(ws.actions.dispatch({ type: 'start' })).toBe(true);
  expect(ws.actions.dispatch({ type: 'lock', team: 't1', turn: 1, decisions: ['tell'] })).toBe(true);
  expect(ws.actions.dispatch({ type: 'lock', team: 't2', turn: 1, decisions: ['scrub'] })).toBe(true);
  return { app, ws, text: ws.actions.sessionText()! };
}

describe('a workshop on a custom scenario', () => {
  test('keeps the scenario text with the workshop, so a reload reopens it', async () => {
    const storage = memoryStorage();
    const { ws } = await played(storage);
    expect(storage.get(WORKSHOP_SCENARIO_KEY)).toBe(customText);
    expect(ws.store.getState().session?.scenarioTitle).toEqual(custom.title);

    const again = stores(storage).ws; // a reload: a new app that never saw the file
    expect(await again.actions.restore()).toBe(true);
    expect(again.store.getState().session).toEqual(ws.store.getState().session);
    expect(again.store.getState().room?.teams.map((t) => t.state.turn)).toEqual([2, 2]);
  });

  test('a browser that refuses the scenario text is flagged, so the facilitator exports the session', async () => {
    const inner = memoryStorage();
    const refusing: KeyValue = { ...inner, set: (key, value) => key !== WORKSHOP_SCENARIO_KEY && inner.set(key, value) };
    const { ws } = await played(refusing);
    expect(ws.store.getState().unsaved).toBe(true);
    expect(ws.actions.dispatch({ type: 'pause' })).toBe(true);
    expect(ws.store.getState().unsaved).toBe(true); // still: a reload could not reopen it
  });

  test('a bundled workshop keeps no scenario text', () => {
    const storage = memoryStorage({ [WORKSHOP_SCENARIO_KEY]: 'stale' });
    const { ws } = stores(storage);
    expect(ws.actions.create(load(), setup)).toBe(true);
    expect(storage.get(WORKSHOP_SCENARIO_KEY)).toBeNull();
  });

  test('its session file opened elsewhere asks for the scenario file, and checks it is exactly that one', async () => {
    const { text } = await played(memoryStorage());
    const storage = memoryStorage();
    const { app, ws } = stores(storage);
    expect(await ws.actions.openFile(text, 'atelier.cellule-workshop.json')).toBe(false);
    const needed = ws.store.getState().needed!;
    expect(needed).toMatchObject({ id: 'my-drill', title: custom.title, file: 'atelier.cellule-workshop.json', kept: false, bundledOther: false });
    expect(ws.actions.sessionText()).toBe(text); // can still be saved meanwhile
    expect(storage.get(WORKSHOP_SAVE_KEY)).toBeNull();

    // Another scenario: refused, named.
    expect(await ws.actions.supplyScenario(bundledText, 'fixture.json')).toBe(false);
    expect(ws.store.getState().problem).toMatchObject({ code: 'need-other', params: { file: 'fixture.json', found: 'Fixture outage', id: 'workshop-fixture' } });
    // The same id, other content: refused with both fingerprints.
    const edited = JSON.stringify({ ...custom, resources: { staff: 3, budget: 100 } });
    expect(await ws.actions.supplyScenario(edited, 'my-drill-v2.json')).toBe(false);
    const expected = needed.hash;
    expect(ws.store.getState().problem).toMatchObject({ code: 'need-version', params: { file: 'my-drill-v2.json', expected } });
    // Not a valid scenario: the checker's located errors go to the app's problem panel.
    expect(await ws.actions.supplyScenario('{"format": "cellule/scenario@1", "id": 3}', 'broken.json')).toBe(false);
    expect(app.store.getState().problem).toMatchObject({ kind: 'scenario', file: 'broken.json' });
    expect(ws.store.getState().needed).not.toBeNull();

    // The right file, even reformatted: the workshop opens and is kept with its scenario.
    const reformatted = JSON.stringify(custom, null, 4);
    expect(await ws.actions.supplyScenario(reformatted, 'my-drill.json')).toBe(true);
    const s = ws.store.getState();
    expect(s.needed).toBeNull();
    expect(s.problem).toBeNull();
    expect(app.store.getState().problem).toBeNull();
    expect(s.room?.teams.map((t) => t.state.turn)).toEqual([2, 2]);
    expect(s.view).toBe('facilitator'); // a file is opened by the facilitator
    expect(storage.get(WORKSHOP_SAVE_KEY)).toBe(text);
    expect(storage.get(WORKSHOP_SCENARIO_KEY)).toBe(reformatted);
    expect(await stores(storage).ws.actions.restore()).toBe(true);
  });

  test('a scenario opened earlier in the page is used without asking', async () => {
    const { text } = await played(memoryStorage());
    const { ws } = stores(memoryStorage());
    await ws.actions.loadScenario(customText, 'my-drill.json');
    expect(await ws.actions.openFile(text, 'atelier.json')).toBe(true);
    expect(ws.store.getState().needed).toBeNull();
  });

  test('a session on another version of a bundled scenario asks for that version', async () => {
    const { ws } = stores(memoryStorage());
    ws.actions.create(load(), setup);
    const text = ws.actions.sessionText()!.replace(/"scenarioHash": "[0-9a-f]+"/, '"scenarioHash": "0123456789abcdef"');
    const other = stores(memoryStorage()).ws;
    expect(await other.actions.openFile(text, 'old.json')).toBe(false);
    expect(other.store.getState().needed).toMatchObject({ id: 'workshop-fixture', hash: '0123456789abcdef', bundledOther: true });
  });

  test('a kept workshop whose scenario text is gone asks for it; giving up forgets it', async () => {
    const storage = memoryStorage();
    await played(storage);
    storage.remove(WORKSHOP_SCENARIO_KEY);
    const { ws } = stores(storage);
    expect(await ws.actions.restore()).toBe(false);
    expect(ws.store.getState().needed).toMatchObject({ id: 'my-drill', kept: true, file: null });
    expect(storage.get(WORKSHOP_SAVE_KEY)).not.toBeNull(); // nothing lost until the facilitator decides
    ws.actions.cancelNeeded();
    expect(ws.store.getState().needed).toBeNull();
    expect(storage.get(WORKSHOP_SAVE_KEY)).toBeNull();
  });

  test('closing forgets the session, the view, the scenario text and the away mark', async () => {
    const storage = memoryStorage();
    const { ws } = await played(storage);
    ws.actions.setAway(true);
    ws.actions.close();
    for (const key of [WORKSHOP_SAVE_KEY, WORKSHOP_SCENARIO_KEY, WORKSHOP_AWAY_KEY, 'cellule.workshop.view']) expect([key, storage.get(key)]).toEqual([key, null]);
  });
});

describe('leaving the workshop screen', () => {
  test('a page load reopens the workshop unless the room left it for another screen', async () => {
    const storage = memoryStorage();
    expect(reopensOnLoad(storage)).toBe(false);
    const { ws } = stores(storage);
    ws.actions.setAway(true); // nothing kept: nothing to mark
    expect(storage.get(WORKSHOP_AWAY_KEY)).toBeNull();
    ws.actions.create(load(), setup);
    expect(reopensOnLoad(storage)).toBe(true);
    ws.actions.setAway(true);
    expect(reopensOnLoad(storage)).toBe(false);
    ws.actions.setAway(false);
    expect(reopensOnLoad(storage)).toBe(true);
  });

  test('a damaged kept workshop is reported once and set aside, so it cannot trap the page', async () => {
    const storage = memoryStorage({ [WORKSHOP_SAVE_KEY]: '{"format": "cellule/workshop@1", "teams": [}' });
    const { ws } = stores(storage);
    expect(await ws.actions.restore()).toBe(false);
    expect(ws.store.getState().problem).toMatchObject({ code: 'malformed', kept: true, line: 1, col: 44, params: { reason: 'json' } });
    expect(reopensOnLoad(storage)).toBe(false);
  });
});
