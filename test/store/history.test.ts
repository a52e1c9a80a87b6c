/**
 * The learner's history: each finished solo game recorded once, with the engine's score; the
 * calibration and trends worked out by hand; import files checked in full, located when refused.
 */
import { describe, expect, test } from 'vitest';
import { brierOf, byScenario, calibrationOf, createApp, memoryCatalog, memoryHistory, memoryStorage, type GameRecord } from '../../src/store';
import { parseHistoryFile } from '../../src/store/history/check';
import { drillText } from './helpers';

function makeApp(history = memoryHistory(), clock = ['2025-12-22T10:00:00Z']) {
  let i = 0;
  return createApp({
    storage: memoryStorage(),
    catalog: memoryCatalog({ drill: drillText }),
    language: 'en',
    now: () => new Date(clock[Math.min(i++, clock.length - 1)]!),
    randomSeed: () => 7,
    history,
  });
}

/** Let the fire-and-forget recording settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function record(n: number, scenario: string, overall: number, assessment: Record<string, number> | null, culprit = 'A'): GameRecord {
  return {
    id: `${scenario}:${n}`,
    finishedAt: `2026-01-0${n}T10:00:00.000Z`,
    scenario,
    scenarioHash: '0123456789abcdef',
    title: { en: scenario, fr: scenario },
    seed: n,
    turnsPlayed: 6,
    ending: null,
    score: { overall, categories: { containment: overall, attribution: overall / 2 } },
    attribution: assessment ? { assessment, culprit } : null,
  };
}

describe('calibration, worked by hand', () => {
  // Three games, actors A, B, C. Brier = Σ (p − truth)².
  //  1: A .7 B .2 C .1, culprit A → .09 + .04 + .01 = 0.14; favourite A (.7) right
  //  2: A .8 B .1 C .1, culprit B → .64 + .81 + .01 = 1.46; favourite A (.8) wrong
  //  3: A .6 B .3 C .1, culprit C → .36 + .09 + .81 = 1.26; favourite A (.6) wrong
  const games = [
    record(1, 'x', 50, { A: 0.7, B: 0.2, C: 0.1 }, 'A'),
    record(2, 'x', 60, { A: 0.8, B: 0.1, C: 0.1 }, 'B'),
    record(3, 'x', 70, { A: 0.6, B: 0.3, C: 0.1 }, 'C'),
    record(4, 'x', 80, null),
  ];
  const c = calibrationOf(games);

  test('Brier per assessed game, oldest first; a game without an assessment is left out', () => {
    expect(c.brier.map((b) => b.game.seed)).toEqual([1, 2, 3]);
    expect(c.brier[0]!.value).toBeCloseTo(0.14, 12);
    expect(c.brier[1]!.value).toBeCloseTo(1.46, 12);
    expect(c.brier[2]!.value).toBeCloseTo(1.26, 12);
  });

  test('reliability bins of 20 %: what was given there and how often it was the culprit', () => {
    // [0, .2): the four 0.1s, two of them the culprit (game 2's B, game 3's C).
    // [.2, .4): 0.2 and 0.3, neither the culprit. [.4, .6): nothing. [.6, .8): 0.7 (right) and 0.6 (wrong). [.8, 1]: 0.8 (wrong).
    expect(c.bins.map((b) => b.count)).toEqual([4, 2, 0, 2, 1]);
    expect(c.bins[0]!.predicted).toBeCloseTo(0.1, 12);
    expect(c.bins[0]!.observed).toBe(0.5);
    expect(c.bins[1]!.predicted).toBeCloseTo(0.25, 12);
    expect(c.bins[1]!.observed).toBe(0);
    expect(c.bins[3]!.predicted).toBeCloseTo(0.65, 12);
    expect(c.bins[3]!.observed).toBe(0.5);
    expect(c.bins[4]!).toMatchObject({ count: 1, observed: 0 });
    expect(c.bins[4]!.predicted).toBeCloseTo(0.8, 12);
  });

  test('the favourite got 70 % on average and was right 1 time in 3: over-confident', () => {
    expect(c.top.games).toBe(3);
    expect(c.top.confidence).toBeCloseTo(0.7, 12);
    expect(c.top.hitRate).toBeCloseTo(1 / 3, 12);
    expect(c.top.verdict).toBe('over');
  });

  test('no verdict under three games; under- and well-calibrated read as such', () => {
    expect(calibrationOf(games.slice(0, 2)).top.verdict).toBe('too-few');
    const right = (n: number) => record(n, 'x', 50, { A: 0.5, B: 0.3, C: 0.2 }, 'A');
    expect(calibrationOf([right(1), right(2), right(3)]).top.verdict).toBe('under');
    const mixed = [record(1, 'x', 50, { A: 0.7, B: 0.2, C: 0.1 }, 'A'), record(2, 'x', 50, { A: 0.7, B: 0.2, C: 0.1 }, 'A'), record(3, 'x', 50, { A: 0.7, B: 0.2, C: 0.1 }, 'B')];
    // Confidence 70 %, right 2 in 3 (67 %): within the 10-point margin.
    expect(calibrationOf(mixed).top.verdict).toBe('calibrated');
  });

  test('a culprit the assessment does not name counts as a full miss', () => {
    expect(brierOf({ assessment: { A: 1 }, culprit: 'B' })).toBe(1 + 1);
  });
});

describe('trends by scenario', () => {
  test('games grouped per scenario in time order, the most recently played scenario first', () => {
    const groups = byScenario([record(3, 'b', 30, null), record(1, 'a', 10, null), record(2, 'a', 20, null)]);
    expect(groups.map((g) => g.scenario)).toEqual(['b', 'a']);
    expect(groups[1]!.games.map((g) => g.score.overall)).toEqual([10, 20]);
    expect(groups[1]!.categories).toEqual(['containment', 'attribution']);
  });
});

describe('recording finished games', () => {
  test('a finished solo game is recorded once, with the engine score and the final assessment', async () => {
    const history = memoryHistory();
    const app = makeApp(history);
    await app.actions.newGame('bundled:drill', 42);
    app.actions.setProbability('hacktivists', 70);
    for (let t = 1; t <= 6; t++) app.actions.endTurn();
    await settle();
    const s = app.store.getState().session!;
    const { games } = await history.list();
    expect(games).toHaveLength(1);
    expect(games[0]!).toMatchObject({ scenario: 'drill', seed: 42, turnsPlayed: 6, ending: 'time', finishedAt: '2025-12-22T10:00:00.000Z' });
    expect(games[0]!.score.overall).toBe(s.debrief!.score.overall);
    expect(games[0]!.score.categories).toEqual(s.debrief!.score.categories);
    expect(games[0]!.attribution).toEqual({ assessment: { hacktivists: 0.7, criminals: 0.15, state: 0.15 }, culprit: s.state.culprit });
    // Closing the report and opening the debrief again records nothing more.
    app.actions.closeReport();
    await app.actions.openProgress();
    expect(app.store.getState().progress!.games).toHaveLength(1);
    expect(app.store.getState().screen).toBe('progress');
  });

  test('a game without any assessment keeps no calibration data (the priors are not the player’s)', async () => {
    const history = memoryHistory();
    const app = makeApp(history);
    await app.actions.newGame('bundled:drill', 42);
    for (let t = 1; t <= 6; t++) app.actions.endTurn();
    await settle();
    expect((await history.list()).games[0]!.attribution).toBeNull();
  });

  test('an imported log replayed to its end is not the learner’s game: not recorded', async () => {
    const history = memoryHistory();
    const player = makeApp(memoryHistory());
    await player.actions.newGame('bundled:drill', 42);
    for (let t = 1; t <= 6; t++) player.actions.endTurn();
    const log = player.actions.exportLog()!;
    const viewer = makeApp(history);
    expect(await viewer.actions.openFile(log, 'game.json')).toBe(true);
    for (let t = 1; t <= 6; t++) viewer.actions.endTurn();
    expect(viewer.store.getState().session!.state.ending).not.toBeNull();
    await settle();
    expect((await history.list()).games).toHaveLength(0);
  });
});

describe('export, import, clear', () => {
  test('export then import into another browser gives the same games; importing twice adds nothing', async () => {
    const from = makeApp(memoryHistory([record(1, 'x', 50, { A: 1 }), record(2, 'y', 60, null)]));
    await from.actions.openProgress();
    const file = from.actions.exportHistory();
    const to = makeApp(memoryHistory([record(3, 'x', 70, null)]));
    await to.actions.openProgress();
    expect(await to.actions.importHistory('h.json', file)).toBe(true);
    expect(to.store.getState().progress!.notice).toEqual({ kind: 'imported', file: 'h.json', added: 2, already: 0 });
    expect(to.store.getState().progress!.games!.map((g) => g.id)).toEqual(['x:1', 'y:2', 'x:3']);
    await to.actions.importHistory('h.json', file);
    expect(to.store.getState().progress!.notice).toEqual({ kind: 'imported', file: 'h.json', added: 0, already: 2 });
    expect(to.store.getState().progress!.games).toHaveLength(3);
  });

  test('a damaged file is refused whole, with the place of the problem; nothing is added', async () => {
    const app = makeApp(memoryHistory([record(1, 'x', 50, null)]));
    await app.actions.openProgress();
    const bad = { format: 'cellule/history@1', exportedAt: '2026-01-01T00:00:00Z', games: [record(2, 'x', 50, null), { ...record(3, 'x', 50, null), score: { overall: 101, categories: {} } }] };
    expect(await app.actions.importHistory('bad.json', JSON.stringify(bad))).toBe(false);
    expect(app.store.getState().progress!.notice).toMatchObject({ kind: 'import-failed', file: 'bad.json', problem: { code: 'history/record', pointer: '/games/1/score/overall' } });
    expect(app.store.getState().progress!.games).toHaveLength(1);
  });

  test.each([
    ['not JSON', '{"format":', 'history/not-json', ''],
    ['another format', '{"format":"cellule/save@1"}', 'history/format', '/format'],
    ['games not a list', '{"format":"cellule/history@1","games":{}}', 'history/format', '/games'],
    ['an unknown field', JSON.stringify({ format: 'cellule/history@1', games: [{ ...record(1, 'x', 5, null), html: '<b>' }] }), 'history/record', '/games/0/html'],
    ['probabilities not adding to 1', JSON.stringify({ format: 'cellule/history@1', games: [record(1, 'x', 5, { A: 0.5, B: 0.2 })] }), 'history/record', '/games/0/attribution/assessment'],
    ['a prototype key', '{"format":"cellule/history@1","games":[{"__proto__":{"x":1}}]}', 'history/record', '/games/0/__proto__'],
    ['too large', ' '.repeat(5_000_001), 'history/too-large', ''],
  ])('%s is refused (%s)', (_, text, code, pointer) => {
    const read = parseHistoryFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatchObject({ code, pointer });
  });

  test('stored records that fail their check are skipped and counted, never shown', async () => {
    const app = makeApp(memoryHistory([record(1, 'x', 50, null), { id: 'junk', score: 'NaN' }]));
    await app.actions.openProgress();
    expect(app.store.getState().progress).toMatchObject({ skipped: 1 });
    expect(app.store.getState().progress!.games).toHaveLength(1);
  });

  test('clear forgets every game', async () => {
    const history = memoryHistory([record(1, 'x', 50, null)]);
    const app = makeApp(history);
    await app.actions.openProgress();
    await app.actions.clearHistory();
    expect(app.store.getState().progress).toMatchObject({ games: [], notice: { kind: 'cleared' } });
    expect((await history.list()).games).toEqual([]);
  });
});
