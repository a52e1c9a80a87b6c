/**
 * `npm run bench [-- FILE...]`: engine throughput, one row per scenario (default: the tutorial,
 * which carries the targets, and the flagship). Complete random games per second on this one
 * thread, and the time of each public `playTurn` (copy-on-write, with its report).
 * Then issue 17's table: random games per second and the wall time of the flagship's analysis
 * (`npm run cellule -- analyse scenarios/la-poste-ddos.json --runs 10000 --workers 2`, skipped with
 * BENCH_NO_ANALYSE=1), before the optimisations (constants, measured at the start) and now,
 * with the targets. Then the check time of hostile files under the size cap (issue 12: any must check in under 2 s),
 * and the start time of the built `cellule` command beside a bare `node -e 0` (issue 17, bench/cliStart.ts),
 * and the time of `traceGame`, the split of the points the debrief shows (issue 16: under 50 ms).
 * Every figure is the median of several repeats: the machine may be shared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createGame, legalDecisions, playTurn } from '../src/engine/game';
import { loadScenario } from '../src/engine/load';
import type { LoadedScenario } from '../src/engine/loaded';
import { randomGame } from '../src/engine/sim/randomPlayer';
import { traceGame } from '../src/engine/trace';
import { nearMissText } from '../test/engine/load/nearMiss';
import { cliStartTable } from './cliStart';

const ROOT = join(import.meta.dirname, '..');
const SCENARIOS = join(ROOT, 'scenarios');
const DEFAULT_FILES = [join(SCENARIOS, 'tutorial.json'), join(SCENARIOS, 'la-poste-ddos.json')];
/** The targets (issue 2) are set on the tutorial. */
const TARGET_SCENARIO = 'tutorial';
const TARGET_GAMES = 20_000;
const TARGET_P99_MS = 1;
const REPEATS = 5;

/**
 * Issue 17's targets (one core), and the figures before its optimisations: this bench at commit
 * f9c5b6e, measured 2026-12-06 03:42 UTC on the shared 2-core machine (median of 5 repeats; the
 * analysis: median of 3 runs, wall time of the whole `npm run cellule -- analyse` process).
 */
const BEFORE = {
  commit: 'f9c5b6e',
  date: '2026-12-06',
  games: { tutorial: 27_635, 'la-poste-ddos': 4_218 } as Record<string, number>,
  /** Games per second of CPU time at f9c5b6e (bench/profileGames.ts, median of 5; docs/engine.md "Speed"). */
  cpuGames: { tutorial: 38_500, 'la-poste-ddos': 4_800 } as Record<string, number | undefined>,
  analyseSeconds: 6.44,
};
const TARGETS: Record<string, number> = { tutorial: 100_000, 'la-poste-ddos': 15_000 };
const ANALYSE_TARGET_SECONDS = 2;

function load(file: string): LoadedScenario {
  const r = loadScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Random games for `seconds` of wall time: games per second (of wall time, and of this process's CPU time) and turns per game. */
function gamesPerSecond(loaded: LoadedScenario, seconds: number, first: number): { rate: number; cpuRate: number; turns: number } {
  let games = 0;
  let turns = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) {
      const seed = first + games;
      turns += randomGame(loaded, seed, seed * 7 + 1).turnsPlayed;
      games++;
    }
  }
  const cpu = process.cpuUsage(c0);
  return { rate: games / ((performance.now() - t0) / 1000), cpuRate: games / ((cpu.user + cpu.system) / 1e6), turns: turns / games };
}

/** The time of each `playTurn` over random games, sorted. */
function turnTimes(loaded: LoadedScenario, samples: number, firstSeed: number): number[] {
  const times: number[] = [];
  let seed = firstSeed;
  while (times.length < samples) {
    let state = createGame(loaded, seed++);
    while (!state.ending) {
      const legal = legalDecisions(loaded, state);
      const choice = legal.length > 0 ? [legal[(seed * 31 + state.turn) % legal.length]!] : [];
      const t0 = performance.now();
      const r = playTurn(loaded, state, { decisions: choice });
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.errors[0]!.message);
      state = r.value.state;
    }
  }
  return times.sort((a, b) => a - b);
}

interface Row {
  scenario: string;
  games: number;
  /** Games per second of CPU time: steadier than wall time when other processes share the cores. */
  cpuGames: number;
  turns: number;
  median: number;
  p99: number;
  max: number;
}

function measure(file: string): Row {
  const loaded = load(file);
  gamesPerSecond(loaded, 0.5, 0); // warm-up
  turnTimes(loaded, 2000, 0);
  const runs = Array.from({ length: REPEATS }, (_, i) => gamesPerSecond(loaded, 1, 1_000_000 * (i + 1)));
  const turns = Array.from({ length: REPEATS }, (_, i) => turnTimes(loaded, 5000, 100_000 * (i + 1)));
  return {
    scenario: loaded.scenario.id,
    games: median(runs.map((r) => r.rate)),
    cpuGames: median(runs.map((r) => r.cpuRate)),
    turns: median(runs.map((r) => r.turns)),
    median: median(turns.map((t) => quantile(t, 0.5))),
    p99: median(turns.map((t) => quantile(t, 0.99))),
    max: median(turns.map((t) => t[t.length - 1]!)),
  };
}

const files = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES;
const rows = files.map(measure);
const header = ['scenario', 'games/s (1 core)', 'turns/game', 'playTurn median ms', 'playTurn p99 ms', 'playTurn max ms', 'target', 'result'];
const lines = rows.map((r) => {
  const targeted = r.scenario === TARGET_SCENARIO;
  const pass = r.games >= TARGET_GAMES && r.p99 < TARGET_P99_MS;
  return [
    r.scenario,
    Math.round(r.games).toLocaleString('en'),
    r.turns.toFixed(2),
    r.median.toFixed(4),
    r.p99.toFixed(4),
    r.max.toFixed(4),
    targeted ? `≥ ${TARGET_GAMES.toLocaleString('en')} games/s, p99 < ${TARGET_P99_MS} ms` : '-',
    targeted ? (pass ? 'pass' : 'FAIL') : '-',
  ];
});
printTable(`engine benchmark (median of ${REPEATS} repeats; ${files.map((f) => basename(f)).join(', ')})`, header, lines, 1);

const ANALYSE_ARGS = ['analyse', 'scenarios/la-poste-ddos.json', '--runs', '10000', '--workers', '2'];
const BUILT_CLI = join(ROOT, 'dist-cli', 'cellule.mjs');

/** The wall time of `npm run cellule -- analyse la-poste-ddos --runs 10000 --workers 2` (or of the built command), median of 3, in s. */
function analyseSeconds(built = false): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const [cmd, args] = built ? [process.execPath, [BUILT_CLI, ...ANALYSE_ARGS]] : ['npm', ['run', '-s', 'cellule', '--', ...ANALYSE_ARGS]];
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`analyse exited ${r.status}`);
    times.push((performance.now() - t0) / 1000);
  }
  return median(times);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const before: string[][] = [];
for (const r of rows) {
  const was = BEFORE.games[r.scenario];
  const target = TARGETS[r.scenario];
  if (was === undefined || target === undefined) continue;
  before.push([`${r.scenario}: random games/s (1 core)`, fmt(was), fmt(r.games), `${(r.games / was).toFixed(2)}×`, `≥ ${fmt(target)}`, r.games >= target ? 'met' : 'not met']);
  const cpuWas = BEFORE.cpuGames[r.scenario];
  if (cpuWas !== undefined) {
    before.push([`${r.scenario}: random games per CPU s`, fmt(cpuWas), fmt(r.cpuGames), `${(r.cpuGames / cpuWas).toFixed(2)}×`, `≥ ${fmt(target)}`, r.cpuGames >= target ? 'met' : 'not met']);
  }
}
if (files === DEFAULT_FILES && !process.env.BENCH_NO_ANALYSE) {
  const s = analyseSeconds();
  before.push(['analyse la-poste-ddos --runs 10000 --workers 2: wall s', BEFORE.analyseSeconds.toFixed(2), s.toFixed(2), `${(BEFORE.analyseSeconds / s).toFixed(2)}×`, `< ${ANALYSE_TARGET_SECONDS}`, s < ANALYSE_TARGET_SECONDS ? 'met' : 'not met']);
  if (existsSync(BUILT_CLI)) {
    const b = analyseSeconds(true);
    before.push(['the same with the built command (dist-cli): wall s', '-', b.toFixed(2), '-', `< ${ANALYSE_TARGET_SECONDS}`, b < ANALYSE_TARGET_SECONDS ? 'met' : 'not met']);
  }
}
console.log('');
printTable(
  `issue 17: before (commit ${BEFORE.commit}, ${BEFORE.date}) and now, with the targets (median of repeats; a shared machine: expect noise)`,
  ['measure', 'before', 'now', 'speed-up', 'target', 'result'],
  before,
  1,
);

/** A markdown table: the first `leftCols` columns, `target` and `result` left-aligned, the rest right-aligned. */
function printTable(title: string, header: string[], body: string[][], leftCols: number): void {
  const left = (i: number) => i < leftCols || header[i] === 'target' || header[i] === 'result';
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(title);
  console.log(row(header));
  console.log(`|${widths.map((w, i) => (left(i) ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
  for (const l of body) console.log(row(l));
}

/** The check time of a crafted file, median of REPEATS, in ms. */
function checkTime(text: string): number {
  return median(
    Array.from({ length: REPEATS }, () => {
      const t0 = performance.now();
      loadScenario(text, 'hostile.json');
      return performance.now() - t0;
    }),
  );
}

const CHECK_TARGET_MS = 2000;
const hostile: [string, string][] = [['near misses: 7,000 metrics, one rule naming 14,000 unknown near misses', nearMissText()]];
console.log(`\nchecker on hostile files under the cap (median of ${REPEATS} repeats; target < ${CHECK_TARGET_MS} ms)`);
console.log('| file | size (chars) | check ms | result |');
console.log('|------|-------------:|---------:|--------|');
for (const [name, text] of hostile) {
  const ms = checkTime(text);
  console.log(`| ${name} | ${text.length.toLocaleString('en')} | ${ms.toFixed(0)} | ${ms < CHECK_TARGET_MS ? 'pass' : 'FAIL'} |`);
}

/** Issue 16: `traceGame` over random games with many choices (releases and assessments too), in ms. */
const TRACE_TARGET_MS = 50;
function traceTimes(loaded: LoadedScenario, games: number): { choices: number; times: number[] } {
  const times: number[] = [];
  let choices = 0;
  for (let i = 0; i < games; i++) {
    const state = randomGame(loaded, 500 + i, 7 * i + 3, { stopChance: 0.15, releaseChance: 0.4, assessChance: 0.4 });
    choices += state.log.reduce((n, t) => n + t.decisions.length + (t.released?.length ?? 0) + (t.assessment ? 1 : 0), 0);
    const t0 = performance.now();
    traceGame(loaded, state);
    times.push(performance.now() - t0);
  }
  return { choices: choices / games, times: times.sort((a, b) => a - b) };
}
console.log(`\nissue 16: traceGame, the debrief's split of the points (200 random games each after 20 of warm-up; target < ${TRACE_TARGET_MS} ms)`);
console.log('| scenario | choices/game | median ms | p99 ms | max ms | result |');
console.log('|----------|-------------:|----------:|-------:|-------:|--------|');
for (const file of files) {
  const loaded = load(file);
  traceTimes(loaded, 20);
  const { choices, times } = traceTimes(loaded, 200);
  const p99 = quantile(times, 0.99);
  console.log(`| ${loaded.scenario.id} | ${choices.toFixed(1)} | ${quantile(times, 0.5).toFixed(2)} | ${p99.toFixed(2)} | ${times[times.length - 1]!.toFixed(2)} | ${p99 < TRACE_TARGET_MS ? 'pass' : 'FAIL'} |`);
  const ref = referenceTraceTimes(loaded);
  if (ref) console.log(`| ${loaded.scenario.id}, its reference line | ${ref.choices} | ${quantile(ref.times, 0.5).toFixed(2)} | ${quantile(ref.times, 0.99).toFixed(2)} | ${ref.times[ref.times.length - 1]!.toFixed(2)} | ${quantile(ref.times, 0.99) < TRACE_TARGET_MS ? 'pass' : 'FAIL'} |`);
}

/** `traceGame` on the scenario's reference line (seed 1), the longest game a debrief usually explains: 50 times after 10. */
function referenceTraceTimes(loaded: LoadedScenario): { choices: number; times: number[] } | null {
  const ref = loaded.scenario.reference;
  if (!ref) return null;
  let state = createGame(loaded, 1);
  for (let t = 1; !state.ending; t++) {
    const plays = ref.plays.filter((p) => p.turn === t);
    const assessment = plays.find((p) => p.assessment !== undefined)?.assessment;
    const r = playTurn(loaded, state, { decisions: plays.flatMap((p) => p.decisions), ...(assessment ? { assessment } : {}) });
    if (!r.ok) return null;
    state = r.value.state;
  }
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    traceGame(loaded, state);
    if (i >= 10) times.push(performance.now() - t0);
  }
  const choices = state.log.reduce((n, t) => n + t.decisions.length + (t.assessment ? 1 : 0), 0);
  return { choices, times: times.sort((a, b) => a - b) };
}

console.log('');
for (const l of cliStartTable()) console.log(l);
