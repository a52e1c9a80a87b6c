import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../src/store';
import { SAVE_KEY, SAVE_SCENARIO_KEY } from '../../src/store/saves';
import { drillText, makeApp, sessionOf } from './helpers';

describe('new game', () => {
  test('opens the briefing with turn 1 started and autosaves it', async () => {
    const storage = memoryStorage();
    const app = makeApp(storage);
    expect(await app.actions.newGame('bundled:drill', 42)).toBe(true);
    const st = app.store.getState();
    expect(st.screen).toBe('briefing');
    const s = sessionOf(app);
    expect(s.state.seed).toBe(42);
    expect(s.state.turn).toBe(1);
    expect(s.totalTurns).toBe(6);
    expect(s.clock.phaseId).toBe('alert');
    expect(s.state.feed.map((f) => f.inject)).toEqual(['socAlert']);
    // Priors 2:1:1 on the board.
    expect(s.assessment).toEqual({ hacktivists: 50, criminals: 25, state: 25 });
    expect(s.assessed).toBe(false);
    expect(JSON.parse(storage.get(SAVE_KEY)!).log.seed).toBe(42);
    app.actions.startPlay();
    expect(app.store.getState().screen).toBe('ops');
  });

  test('a random seed comes from the seed source; an unknown scenario is refused', async () => {
    const app = makeApp(memoryStorage(), [777]);
    expect(await app.actions.newGame('bundled:nope')).toBe(false);
    expect(await app.actions.newGame('bundled:drill')).toBe(true);
    expect(sessionOf(app).state.seed).toBe(777);
  });
});

describe('choosing decisions', () => {
  test('choose, costs add up, unchoose drops what depended on it', async () => {
    const app = makeApp();
    await app.actions.newGame('bundled:drill', 42);
    expect(app.actions.toggleDecision('scrubbing')).toBe(true);
    expect(sessionOf(app).pending).toEqual({ staff: 1, budget: 20000 });
    // restore requires scrubbing and costs 2 staff: 3 staff used.
    expect(app.actions.toggleDecision('restore')).toBe(true);
    expect(sessionOf(app).chosen).toEqual(['scrubbing', 'restore']);
    expect(sessionOf(app).pending).toEqual({ staff: 3, budget: 45000 });
    // No staff left for geoblock; the status says why.
    expect(app.actions.toggleDecision('geoblock')).toBe(false);
    expect(sessionOf(app).statuses.find((x) => x.id === 'geoblock')!.reasons).toContainEqual({ code: 'staff', need: 1, left: 0 });
    // Dropping scrubbing drops restore, which required it.
    expect(app.actions.toggleDecision('scrubbing')).toBe(true);
    expect(sessionOf(app).chosen).toEqual([]);
    expect(sessionOf(app).pending).toEqual({ staff: 0, budget: 0 });
  });
});

describe('ending a turn', () => {
  test('resolves the turn, reports each change with its cause, starts the next', async () => {
    const app = makeApp();
    await app.actions.newGame('bundled:drill', 42);
    app.actions.toggleDecision('scrubbing');
    app.actions.toggleDecision('statement');
    expect(app.actions.endTurn()).toBe(true);
    const s = sessionOf(app);
    // statement: trust 60 → 70; rule pressure (traffic 80 > 50): availability 30 → 25;
    // start of turn 2, scrubbing's delayed effects: traffic 80 → 40, availability 25 → 55.
    expect(s.state.turn).toBe(2);
    expect(s.state.metrics).toMatchObject({ availability: 55, attackTraffic: 40, trust: 70 });
    expect(s.state.budgetLeft).toBe(30000);
    expect(s.chosen).toEqual([]);
    expect(s.reportOpen).toBe(true);
    expect(s.last!.before.turn).toBe(1);
    expect(s.last!.report.changes.map((c) => [c.metric, c.from, c.to, c.cause.kind, c.cause.id])).toEqual([
      ['trust', 60, 70, 'decision', 'statement'],
      ['availability', 30, 25, 'rule', 'pressure'],
      ['attackTraffic', 80, 40, 'decision', 'scrubbing'],
      ['availability', 25, 55, 'decision', 'scrubbing'],
    ]);
    expect(s.last!.report.fired.map((f) => f.inject)).toEqual(['pressCall', 'telegramPost']);
    expect(s.clock.minutes).toBe(30);
    app.actions.closeReport();
    expect(sessionOf(app).reportOpen).toBe(false);
    expect(app.store.getState().screen).toBe('briefing');
  });

  test('the attribution board is sent with the turn once touched', async () => {
    const app = makeApp();
    await app.actions.newGame('bundled:drill', 42);
    app.actions.setProbability('hacktivists', 70);
    expect(sessionOf(app).assessment).toEqual({ hacktivists: 70, criminals: 15, state: 15 });
    app.actions.endTurn();
    expect(sessionOf(app).state.assessment).toEqual({ hacktivists: 0.7, criminals: 0.15, state: 0.15 });
    expect(sessionOf(app).state.log[0]!.assessment).toEqual({ hacktivists: 70, criminals: 15, state: 15 });
  });

  test('the last turn ends the game; the debrief is computed, with the reference line', async () => {
    const app = makeApp();
    await app.actions.newGame('bundled:drill', 42);
    for (let t = 1; t <= 6; t++) expect(app.actions.endTurn()).toBe(true);
    expect(app.actions.endTurn()).toBe(false);
    const s = sessionOf(app);
    expect(s.state.ending).toEqual({ id: 'time', turn: 6 });
    expect(s.statuses).toEqual([]);
    const d = s.debrief!;
    // Never notified: the deadline objective scores 0; never blamed: the avoid objective scores 1.
    expect(d.score.objectives.earlyWarning).toBe(0);
    expect(d.score.objectives.noRashBlame).toBe(1);
    expect(d.reference!.turns.slice(0, 3)).toEqual([['scrubbing', 'statement', 'notifyAnssi'], ['investigate'], ['restore']]);
    expect(d.reference!.score!.objectives.earlyWarning).toBe(1);
    // No choice at all: every objective's points are the world's, whole.
    for (const [id, shares] of Object.entries(d.trace)) expect(shares).toEqual([{ cause: { kind: 'world' }, share: d.score.objectives[id] }]);
    app.actions.closeReport();
    expect(app.store.getState().screen).toBe('debrief');
  });

  test('play again keeps the scenario with a new seed', async () => {
    const app = makeApp(memoryStorage(), [5, 6]);
    await app.actions.newGame('bundled:drill');
    app.actions.endTurn();
    expect(app.actions.playAgain()).toBe(true);
    const s = sessionOf(app);
    expect(s.state.seed).toBe(6);
    expect(s.state.turn).toBe(1);
    expect(app.store.getState().screen).toBe('briefing');
  });
});

describe('saves', () => {
  test('save → reload → continue gives the same state and the turn in progress', async () => {
    const storage = memoryStorage();
    const app = makeApp(storage);
    await app.actions.newGame('bundled:drill', 42);
    app.actions.startPlay();
    app.actions.toggleDecision('investigate');
    app.actions.setProbability('criminals', 40);
    app.actions.endTurn();
    app.actions.toggleDecision('statement');
    app.actions.toggleDecision('geoblock');
    const before = sessionOf(app);

    const again = makeApp(storage);
    expect(again.store.getState().saved!.turn).toBe(2);
    expect(await again.actions.continueSaved()).toBe(true);
    const after = sessionOf(again);
    expect(after.state).toEqual(before.state);
    expect(JSON.stringify(after.state)).toBe(JSON.stringify(before.state));
    expect(after.chosen).toEqual(['statement', 'geoblock']);
    expect(after.assessment).toEqual(before.assessment);
    expect(after.assessed).toBe(true);
    expect(again.store.getState().screen).toBe('ops');
  });

  test('a custom scenario is saved with its text and restored from it', async () => {
    const storage = memoryStorage();
    const app = makeApp(storage);
    const custom = drillText.replace('"id": "drill"', '"id": "my-drill"');
    expect(await app.actions.loadScenarioFile(custom, 'my-drill.json')).toBe(true);
    expect(app.store.getState().selected).toBe('custom:my-drill');
    await app.actions.newGame('custom:my-drill', 3);
    app.actions.endTurn();
    expect(storage.get(SAVE_SCENARIO_KEY)).toBe(custom);
    const again = makeApp(storage);
    expect(await again.actions.continueSaved()).toBe(true);
    expect(sessionOf(again).state.scenario).toBe('my-drill');
    expect(sessionOf(again).state.turn).toBe(2);
  });

  test.each([
    ['{"format":"cellule/sa', 'save/corrupt'],
    ['[1,2]', 'save/corrupt'],
    ['{"format":"cellule/save@0","turn":3}', 'save/version'],
    ['{"format":"cellule/save@1","turn":"three"}', 'save/corrupt'],
  ])('a damaged or old save %s is reported as %s and can be discarded', async (text, code) => {
    const storage = memoryStorage({ [SAVE_KEY]: text });
    const app = makeApp(storage);
    expect(app.store.getState().saved).toBeNull();
    expect(app.store.getState().saveProblem!.code).toBe(code);
    expect(await app.actions.continueSaved()).toBe(false);
    app.actions.discardSave();
    expect(app.store.getState().saveProblem).toBeNull();
    expect(storage.get(SAVE_KEY)).toBeNull();
  });

  test('a save whose log no longer replays is reported, not thrown', async () => {
    const storage = memoryStorage();
    const app = makeApp(storage);
    await app.actions.newGame('bundled:drill', 42);
    app.actions.endTurn();
    const save = JSON.parse(storage.get(SAVE_KEY)!);
    save.log.turns[0].decisions = ['restore']; // requires scrubbing: illegal in turn 1
    storage.set(SAVE_KEY, JSON.stringify(save));
    const again = makeApp(storage);
    expect(await again.actions.continueSaved()).toBe(false);
    const problem = again.store.getState().saveProblem!;
    expect(problem.code).toBe('save/replay');
    expect(problem.message).toMatch(/turn 1/);
    expect(again.store.getState().session).toBeNull();
  });
});

describe('language', () => {
  test('switching keeps the game as it is and is remembered', async () => {
    const storage = memoryStorage();
    const app = makeApp(storage);
    await app.actions.newGame('bundled:drill', 42);
    app.actions.toggleDecision('scrubbing');
    const session = sessionOf(app);
    app.actions.setLanguage('fr');
    expect(app.store.getState().language).toBe('fr');
    expect(app.store.getState().session).toBe(session);
    expect(storage.get('cellule.lang')).toBe('fr');
  });
});

describe('files and links', () => {
  test('an invalid scenario file lists its errors with line and column', async () => {
    const app = makeApp();
    const bad = drillText.replace('"difficulty": "intro",', '"difficulty": "intro",\n  "colour": "red",');
    expect(await app.actions.openFile(bad, 'bad.json')).toBe(false);
    const p = app.store.getState().problem!;
    expect(p.kind).toBe('scenario');
    if (p.kind !== 'scenario') return;
    expect(p.file).toBe('bad.json');
    expect(p.errors.some((e) => e.line === 9 && e.col !== undefined)).toBe(true);
  });

  test('an exported log imports and replays turn by turn to the same state', async () => {
    const app = makeApp();
    await app.actions.newGame('bundled:drill', 9);
    app.actions.toggleDecision('scrubbing');
    app.actions.endTurn();
    app.actions.toggleDecision('investigate');
    app.actions.endTurn();
    const original = sessionOf(app).state;
    const log = app.actions.exportLog()!;

    const viewer = makeApp();
    expect(await viewer.actions.openFile(log, 'game.json')).toBe(true);
    expect(viewer.store.getState().screen).toBe('ops');
    expect(sessionOf(viewer).replay!.file).toBe('game.json');
    expect(sessionOf(viewer).chosen).toEqual(['scrubbing']);
    // The player's own choices are refused during a replay.
    expect(viewer.actions.toggleDecision('statement')).toBe(false);
    viewer.actions.endTurn();
    expect(sessionOf(viewer).chosen).toEqual(['investigate']);
    viewer.actions.endTurn();
    expect(sessionOf(viewer).state).toEqual(original);
    // The log has no more turns: the replay stops there.
    expect(viewer.actions.endTurn()).toBe(false);
  });

  test('a replay never overwrites the autosave; taking over plays on and saves', async () => {
    const storage = memoryStorage();
    const app = makeApp(storage);
    await app.actions.newGame('bundled:drill', 9);
    app.actions.toggleDecision('statement');
    app.actions.endTurn();
    const log = app.actions.exportLog()!;
    expect(JSON.parse(log)).toMatchObject({ format: 'cellule/log@1', scenario: 'drill', seed: 9, turns: [{ decisions: ['statement'] }] });

    await app.actions.newGame('bundled:drill', 77); // the player's own game, saved
    const saved = storage.get(SAVE_KEY);
    expect(await app.actions.openFile(log, 'game.json')).toBe(true);
    app.actions.endTurn();
    expect(storage.get(SAVE_KEY)).toBe(saved);
    app.actions.takeOver();
    expect(sessionOf(app).replay).toBeNull();
    expect(app.actions.toggleDecision('scrubbing')).toBe(true);
    expect(app.actions.endTurn()).toBe(true);
    const now = JSON.parse(storage.get(SAVE_KEY)!);
    expect(now.log.seed).toBe(9);
    expect(now.log.turns.map((t: { decisions: string[] }) => t.decisions)).toEqual([['statement'], ['scrubbing']]);
  });

  test('a log for an unknown scenario is reported', async () => {
    const app = makeApp();
    const log = JSON.stringify({ format: 'cellule/log@1', scenario: 'elsewhere', seed: 1, turns: [] });
    expect(await app.actions.openFile(log, 'x.json')).toBe(false);
    expect(app.store.getState().problem).toEqual({ kind: 'unknown-scenario', id: 'elsewhere' });
  });

  test('trainer link opens the briefing with the seed and language', async () => {
    const app = makeApp();
    expect(await app.actions.launch({ scenario: 'drill', lang: 'fr', seed: 42 })).toBe(true);
    expect(app.store.getState().language).toBe('fr');
    expect(app.store.getState().screen).toBe('briefing');
    expect(sessionOf(app).state.seed).toBe(42);
    expect(await app.actions.launch({ scenario: 'missing' })).toBe(false);
    expect(app.store.getState().problem).toEqual({ kind: 'unknown-scenario', id: 'missing' });
  });
});
