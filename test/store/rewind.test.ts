/** Rewind and compare from the debrief: branches, the comparison, the save that keeps them, the missed chances. */
import { describe, expect, test } from 'vitest';
import { memoryStorage, type KeyValue } from '../../src/store';
import { checkSave, MAX_BRANCHES, SAVE_KEY } from '../../src/store/saves';
import { makeApp, sessionOf } from './helpers';

/** A finished drill game: scrubbing in turn 1, statement in turn 2, nothing after. */
async function finished(storage: KeyValue = memoryStorage()) {
  const app = makeApp(storage);
  await app.actions.newGame('bundled:drill', 42);
  app.actions.startPlay();
  const plays = [['scrubbing'], ['statement'], [], [], [], []];
  for (const ids of plays) {
    for (const id of ids) expect(app.actions.toggleDecision(id)).toBe(true);
    if (!app.actions.endTurn()) break;
    app.actions.closeReport();
    if (sessionOf(app).state.ending) break;
  }
  expect(sessionOf(app).state.ending).not.toBeNull();
  return app;
}

describe('rewind', () => {
  test('keep: the comparison shows the branch, kept with the save and replayable', async () => {
    const storage = memoryStorage();
    const app = await finished(storage);
    expect(app.actions.rewind(1, { decisions: ['geoblock'] }, 'keep', 'turn 1: geoblock')).toBe(true);
    const s = sessionOf(app);
    expect(s.compare?.label).toBe('turn 1: geoblock');
    expect(s.compare?.branch.log.turns[0]!.decisions).toEqual(['geoblock']);
    expect(s.compare?.branch.divergence?.turn).toBe(1);
    expect(s.branches).toHaveLength(1);
    const save = JSON.parse(storage.get(SAVE_KEY)!);
    expect(save.branches).toEqual([{ label: 'turn 1: geoblock', log: s.compare!.branch.log }]);
    expect(checkSave(save).ok).toBe(true);
    expect(JSON.parse(app.actions.exportBranchLog()!)).toEqual(s.compare!.branch.log);

    // The save round-trips: continuing restores the branches, and each can be compared again.
    const again = makeApp(storage);
    expect(await again.actions.continueSaved()).toBe(true);
    expect(sessionOf(again).branches).toEqual(s.branches);
    expect(again.actions.compareBranch(0)).toBe(true);
    expect(sessionOf(again).compare?.branch.score).toEqual(s.compare!.branch.score);
  });

  test('stop: a new game goes on from the changed turn, the finished game kept as a branch', async () => {
    const app = await finished();
    const original = sessionOf(app).state.log;
    expect(app.actions.rewind(2, { decisions: [] }, 'stop', 'turn 2', 'the first game')).toBe(true);
    const s = sessionOf(app);
    expect(app.store.getState().screen).toBe('ops');
    expect(s.state.turn).toBe(3);
    expect(s.state.ending).toBeNull();
    expect(s.branches).toEqual([{ label: 'the first game', log: expect.objectContaining({ turns: original }) }]);
  });

  test('keeps at most MAX_BRANCHES branches, the oldest dropped', async () => {
    const app = await finished();
    for (let i = 0; i < MAX_BRANCHES + 2; i++) app.actions.rewind(1, { decisions: [] }, 'keep', `b${i}`);
    expect(sessionOf(app).branches.map((b) => b.label)).toEqual(Array.from({ length: MAX_BRANCHES }, (_, i) => `b${i + 2}`));
  });

  test('an illegal rewind is refused with a problem and changes nothing', async () => {
    const app = await finished();
    expect(app.actions.rewind(1, { decisions: ['nope'] }, 'keep', 'x')).toBe(false);
    expect(app.store.getState().problem?.kind).toBe('play');
    expect(sessionOf(app).branches).toEqual([]);
  });

  test('missed chances: searched once, each opens as a branch whose gain is its score minus the game’s', async () => {
    const app = await finished();
    await app.actions.findMissed();
    const s = sessionOf(app);
    expect(s.missed?.status).toBe('done');
    expect(s.missed?.where).toBe('page');
    const chances = s.missed!.result!.chances;
    expect(chances.length).toBeGreaterThan(0);
    expect(app.actions.openMissed(0, 'missed 1')).toBe(true);
    const compare = sessionOf(app).compare!;
    expect(compare.branch.score.overall - s.debrief!.score.overall).toBeCloseTo(chances[0]!.gain, 9);
  });
});

describe('a replayed log', () => {
  test('can be rewound and searched, and its branches never overwrite the autosave', async () => {
    const storage = memoryStorage();
    const log = (await finished(storage)).actions.exportLog()!;
    storage.remove(SAVE_KEY);
    const app = makeApp(storage);
    expect(await app.actions.importLog(log, 'game.json')).toBe(true);
    while (!sessionOf(app).state.ending) expect(app.actions.endTurn()).toBe(true);
    await app.actions.findMissed();
    expect(sessionOf(app).missed?.status).toBe('done');
    expect(app.actions.rewind(1, { decisions: ['geoblock'] }, 'keep', 'turn 1')).toBe(true);
    expect(sessionOf(app).compare?.branch.divergence?.turn).toBe(1);
    expect(storage.get(SAVE_KEY)).toBeNull();
  });
});

describe('saves with branches', () => {
  async function withBranch() {
    const storage = memoryStorage();
    const app = await finished(storage);
    app.actions.rewind(1, { decisions: ['geoblock'] }, 'keep', 'turn 1');
    return JSON.parse(storage.get(SAVE_KEY)!) as Record<string, unknown> & { branches: Record<string, unknown>[] };
  }

  test.each([
    ['not a list', (s: { branches: unknown }) => (s.branches = 'x'), '/branches'],
    ['an unknown field', (s: { branches: Record<string, unknown>[] }) => (s.branches[0]!.extra = 1), '/branches/0'],
    ['an empty label', (s: { branches: Record<string, unknown>[] }) => (s.branches[0]!.label = ''), '/branches/0/label'],
    ['a log that is not one', (s: { branches: Record<string, unknown>[] }) => (s.branches[0]!.log = { turns: 3 }), '/branches/0/log'],
    ['too many', (s: { branches: unknown[] }) => (s.branches = Array.from({ length: MAX_BRANCHES + 1 }, () => s.branches[0])), '/branches'],
  ])('a damaged branch (%s) is refused with its place', async (_, damage, pointer) => {
    const save = await withBranch();
    damage(save as never);
    const r = checkSave(save);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'save/corrupt', pointer });
  });

  test("a branch log the engine refuses is located when continuing", async () => {
    const storage = memoryStorage();
    await withBranch().then((save) => {
      (save.branches[0]!.log as { turns: { decisions: string[] }[] }).turns[0]!.decisions = ['restore', 'restore'];
      storage.set(SAVE_KEY, JSON.stringify(save));
    });
    const app = makeApp(storage);
    expect(await app.actions.continueSaved()).toBe(false);
    expect(app.store.getState().saveProblem).toMatchObject({ code: 'save/replay', pointer: '/branches/0/log' });
  });
});
