/**
 * The bench page for issue 16's speed targets: la-poste-ddos's missed-chances search and one rewind
 * replay, timed on this page's thread in Chromium (the product runs the search in a worker; this is
 * its cost wherever it runs). Two games: the reference line played with seed 42, and a random game.
 * Results land in `window.__rewind` for bench.ts to read.
 */
import { branchFrom, createGame, loadScenario, missedChances, playTurn, randomGame, referenceTurns, toLog, type PlayLog } from '../../src/engine';
import text from '../../scenarios/la-poste-ddos.json?raw';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function time(run: () => unknown, runs: number): number {
  run(); // warm-up: the JIT, and the scenario's compiled closures
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

const loaded = loadScenario(text, 'scenarios/la-poste-ddos.json');
if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
const l = loaded.value;

/** The reference line, each turn's decisions kept while legal, as a log. */
function referenceLog(seed: number): PlayLog {
  let state = createGame(l, seed);
  for (const turn of referenceTurns(l)) {
    if (state.ending) break;
    const kept: string[] = [];
    for (const id of turn.decisions) if (playTurn(l, state, { decisions: [...kept, id] }).ok) kept.push(id);
    state = (playTurn(l, state, { decisions: kept }) as { ok: true; value: { state: typeof state } }).value.state;
  }
  return toLog(state);
}

const games = { reference: referenceLog(42), random: toLog(randomGame(l, 42, 7, { stopChance: 0.15 })) };
const out: Record<string, { turns: number; missed: number; rewind: number; tried: number; candidates: number }> = {};
for (const [name, log] of Object.entries(games)) {
  let tried = 0;
  let candidates = 0;
  const missed = time(() => {
    const r = missedChances(l, log);
    if (r.ok) ({ tried, candidates } = r.value);
  }, 5);
  const rewind = time(() => branchFrom(l, log, 3, { decisions: [] }, 'keep'), 15);
  out[name] = { turns: log.turns.length, missed, rewind, tried, candidates };
}
(window as unknown as { __rewind?: unknown }).__rewind = out;
