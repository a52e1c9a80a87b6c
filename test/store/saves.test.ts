/** Stored saves read defensively: validated in full, capped, a damaged one set aside (never deleted unasked), links that ask first. */
import { describe, expect, test } from 'vitest';
import { memoryStorage, type KeyValue } from '../../src/store';
import { readAside } from '../../src/store/aside';
import { checkSave, MAX_SAVE_CHARS, readSave, SAVE_KEY } from '../../src/store/saves';
import { makeApp } from './helpers';

/** A valid save, written by a real game. */
async function goodSave(): Promise<Record<string, unknown>> {
  const storage = memoryStorage();
  const app = makeApp(storage);
  await app.actions.newGame('bundled:drill', 42);
  app.actions.endTurn();
  return JSON.parse(storage.get(SAVE_KEY)!);
}

describe('checkSave: every field in full', () => {
  test('a real save passes', async () => {
    expect(checkSave(await goodSave()).ok).toBe(true);
  });

  test.each([
    ['savedAt', 'yesterday'],
    ['savedAt', '2025-13-45T99:99:00Z'],
    ['savedAt', 12],
    ['turn', 2.5],
    ['turn', 0],
    ['totalTurns', -1],
    ['title', {}],
    ['title', { en: 5 }],
    ['source', { kind: 'bundled', id: '../x' }],
    ['source', { kind: 'custom', file: '' }],
    ['screen', 'title'],
    ['ended', 'no'],
    ['draft', { chosen: [], assessment: { a: 1e308 } }],
    ['draft', { chosen: [1], assessment: null }],
    ['log', { format: 'cellule/log@1', scenario: 'drill', seed: 1.5, turns: [] }],
    ['extra', 1],
  ])('%s = %j is refused as damaged, naming the field', async (field, value) => {
    const r = checkSave({ ...(await goodSave()), [field]: value });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.code).toBe('save/corrupt');
  });

  test('a save larger than the cap is refused without being parsed', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{' + ' '.repeat(MAX_SAVE_CHARS) + '}' });
    expect(readSave(storage)).toMatchObject({ ok: false, errors: [{ code: 'save/too-large' }] });
  });
});

describe('a damaged save at start-up', () => {
  test('is set aside, reported until discarded, and can be downloaded meanwhile', async () => {
    const bad = JSON.stringify({ ...(await goodSave()), savedAt: 'not a date' });
    const storage = memoryStorage({ [SAVE_KEY]: bad });
    const app = makeApp(storage);
    expect(app.store.getState().saved).toBeNull();
    expect(app.store.getState().saveProblem).toMatchObject({ code: 'save/corrupt', aside: true });
    expect(storage.get(SAVE_KEY)).toBeNull();
    expect(readAside(storage, 'save')).toBe(bad);
    // A reload: still reported (the page is not stuck: there is no save to continue).
    const again = makeApp(storage);
    expect(again.store.getState().saveProblem).toMatchObject({ code: 'save/corrupt', aside: true });
    again.actions.discardSave();
    expect(readAside(storage, 'save')).toBeNull();
    expect(makeApp(storage).store.getState().saveProblem).toBeNull();
  });

  test('an oversized one too; when the browser refuses to move it, it stays where it was', () => {
    const huge = '{' + ' '.repeat(MAX_SAVE_CHARS) + '}';
    const base = memoryStorage({ [SAVE_KEY]: huge });
    const full: KeyValue = { ...base, set: (k, v) => (k.startsWith('cellule.aside') ? false : base.set(k, v)) };
    const app = makeApp(full);
    expect(app.store.getState().saveProblem).toMatchObject({ code: 'save/too-large' });
    expect(app.store.getState().saveProblem!.aside).toBeUndefined();
    expect(base.get(SAVE_KEY)).toBe(huge);
  });

  test('a log that passes the shape check but not the engine is refused when continuing', async () => {
    const save = await goodSave();
    (save.log as { turns: { assessment?: unknown }[] }).turns[0]!.assessment = { hacktivists: 1e308 };
    const app = makeApp(memoryStorage({ [SAVE_KEY]: JSON.stringify(save) }));
    expect(await app.actions.continueSaved()).toBe(false);
    expect(app.store.getState().saveProblem).toMatchObject({ code: 'save/corrupt' });
  });
});

describe('a ?scenario= link while a game is in progress', () => {
  test('asks first: keeping the game leaves its save untouched', async () => {
    const storage = memoryStorage();
    const first = makeApp(storage);
    await first.actions.newGame('bundled:drill', 42);
    first.actions.endTurn();
    const saved = storage.get(SAVE_KEY);
    const app = makeApp(storage);
    expect(await app.actions.launch({ scenario: 'drill', seed: 7 })).toBe(false);
    expect(app.store.getState().pendingLaunch).toMatchObject({ key: 'bundled:drill', seed: 7 });
    expect(app.store.getState().session).toBeNull();
    app.actions.cancelLaunch();
    expect(app.store.getState().pendingLaunch).toBeNull();
    expect(storage.get(SAVE_KEY)).toBe(saved);
  });

  test('starts the linked scenario once confirmed', async () => {
    const storage = memoryStorage();
    const first = makeApp(storage);
    await first.actions.newGame('bundled:drill', 42);
    const app = makeApp(storage);
    await app.actions.launch({ scenario: 'drill', seed: 7 });
    expect(await app.actions.confirmLaunch()).toBe(true);
    expect(app.store.getState().session?.state.seed).toBe(7);
    expect(JSON.parse(storage.get(SAVE_KEY)!).log.seed).toBe(7);
  });

  test('without a game in progress it starts at once', async () => {
    const app = makeApp(memoryStorage());
    expect(await app.actions.launch({ scenario: 'drill', seed: 7 })).toBe(true);
    expect(app.store.getState().pendingLaunch).toBeNull();
  });
});

describe('fuzz', () => {
  test('checkSave and the start-up read never throw, whatever is stored', async () => {
    const { default: fc } = await import('fast-check');
    const good = await goodSave();
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ field: fc.constantFrom(...Object.keys(good)), value: fc.jsonValue() })), (v) => {
        const value = typeof v === 'object' && v !== null && 'field' in v && 'value' in v ? { ...good, [String(v.field)]: v.value } : v;
        const r = checkSave(value);
        expect(typeof r.ok).toBe('boolean');
        const app = makeApp(memoryStorage({ [SAVE_KEY]: JSON.stringify(value) ?? 'null' }));
        const s = app.store.getState();
        expect(s.saved === null || s.saveProblem === null).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
