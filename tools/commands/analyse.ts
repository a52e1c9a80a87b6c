/**
 * `analyse FILE [--runs N] [--seed N] [--json] [--out LOG] [--workers N]`: the analyser's report
 * (DESIGN.md "Command line"). Random runs are shared out to worker threads; the report is the
 * same whatever their number. Timing goes to stderr so that stdout is the same bytes every time.
 */
import { err, out } from './output';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { analyse, DEFAULT_RUNS, DEFAULT_SEED, formatReport, locateFindings, sampleRuns, type Tally } from '../../src/authoring';
import { formatDiagnostic, loadScenario } from '../../src/engine';
import { intFlag, parseArgs } from './args';
import { readText } from './files';
import { BUILT, scenarioPath } from '../paths';
import { usage } from './usage';

const USAGE = usage('analyse');
const MAX_RUNS = 1_000_000;

export async function runAnalyse(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['runs', 'seed', 'out', 'workers'], ['json']);
  if (typeof parsed === 'string' || parsed.positional.length !== 1) {
    err((typeof parsed === 'string' ? parsed + '\n' : '') + USAGE);
    return 2;
  }
  const runs = intFlag(parsed.flags.runs, 'runs', DEFAULT_RUNS);
  const seed = intFlag(parsed.flags.seed, 'seed', DEFAULT_SEED);
  const workers = intFlag(parsed.flags.workers, 'workers', -1);
  for (const v of [runs, seed, workers]) {
    if (typeof v === 'string') {
      err(v + '\n' + USAGE);
      return 2;
    }
  }
  if ((runs as number) < 0 || (runs as number) > MAX_RUNS) {
    err(`--runs must be between 0 and ${MAX_RUNS}\n` + USAGE);
    return 2;
  }
  const file = scenarioPath(parsed.positional[0]!);
  const read = readText(file);
  if ('error' in read) {
    err(formatDiagnostic(read.error) + '\n', 'error');
    return 1;
  }
  const loadedResult = loadScenario(read.text, file);
  if (!loadedResult.ok) {
    for (const d of loadedResult.errors) err(formatDiagnostic(d) + '\n', 'error');
    return 1;
  }
  const threads = (workers as number) >= 0 ? boundedThreads(workers as number) : defaultThreads(runs as number);
  const pool = threads > 0 ? new Pool(threads, read.text, file) : null;
  const loaded = loadedResult.value;
  const started = performance.now();
  let sampleSeconds = 0;
  // Random play is timed on its own: the main thread searches meanwhile.
  const sample = async (chunks: readonly [number, number][], s: number): Promise<Tally[]> => {
    const t0 = performance.now();
    const tallies = pool ? await pool.sample(chunks, s) : chunks.map(([from, to]) => sampleRuns(loaded, s, from, to));
    sampleSeconds = (performance.now() - t0) / 1000;
    return tallies;
  };
  try {
    const report = await analyse(loaded, { runs: runs as number, seed: seed as number }, { sample });
    const seconds = (performance.now() - started) / 1000;
    const logOut = typeof parsed.flags.out === 'string' ? parsed.flags.out : undefined;
    if (logOut !== undefined) writeFileSync(logOut, JSON.stringify(report.best.log, null, 2) + '\n');
    const diagnostics = locateFindings(report.findings, read.text, file);
    out(parsed.flags.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, diagnostics, logOut));
    const runsDone = report.coverage.runs;
    const perSecond = (s: number) => (s > 0 ? Math.round(runsDone / s) : 0);
    const where = threads > 0 ? `${threads} worker thread(s)` : 'no worker thread';
    err(
      `random play: ${runsDone} runs in ${sampleSeconds.toFixed(1)} s (${perSecond(sampleSeconds)} runs/s, ${where}); ` +
        `whole analysis: ${seconds.toFixed(1)} s (${perSecond(seconds)} runs/s)\n`,
    );
    return 0;
  } finally {
    await pool?.close();
  }
}

/**
 * A worker spends about 2 s (one core) compiling the TypeScript before its first game, while
 * one thread plays some 2,500 flagship runs a second: below WORKER_MIN_RUNS runs the main
 * thread alone finishes first (measured on 2 cores: 10,000 runs in 7.0 s alone, 9.2 s with one
 * worker, 12.0 s with two). Above, one core is left to the main thread, which searches meanwhile.
 * Measured under tsx: a worker of the built command (dist-cli/analyseWorker.mjs) has no
 * TypeScript to compile and starts in about 0.1 s, so the threshold could be lower there.
 */
const WORKER_MIN_RUNS = 40_000;

/**
 * `--workers N` at most the cores available: each worker holds its own compiled copy of the
 * engine and the scenario (12 took 735 MB), and more threads than cores only wait their turn.
 */
function boundedThreads(asked: number): number {
  const cores = availableParallelism();
  if (asked <= cores) return asked;
  err(`--workers ${asked}: this machine has ${cores} core(s) available; using ${cores} worker thread(s)\n`);
  return cores;
}

function defaultThreads(runs: number): number {
  return runs >= WORKER_MIN_RUNS ? Math.max(1, availableParallelism() - 1) : 0;
}

/** The built worker: its own file beside the commands in dist-cli/ (scripts/build-cli.mjs). */
function builtWorker(text: string, file: string): Worker {
  return new Worker(new URL('./analyseWorker.mjs', import.meta.url), { workerData: { text, file } });
}

/**
 * Under tsx in the repo: workers do not inherit tsx's loader, and registering it in each worker
 * costs seconds of compiling per worker. The worker's TypeScript is bundled once instead, in this
 * thread, with esbuild (a devDependency: the repo only), and each worker runs the bundle.
 */
function tsxWorker(code: string, text: string, file: string): Worker {
  return new Worker(code, { eval: true, workerData: { text, file } });
}

/** The worker entry bundled into one CommonJS script (esbuild, as scripts/build-cli.mjs bundles it for the built command). */
function bundledWorkerCode(): string {
  const require = createRequire(import.meta.url);
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const r = buildSync({
    entryPoints: [fileURLToPath(new URL('./analyseWorker.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

/** Worker threads, each with the scenario loaded; chunks are dealt round-robin up front (the main thread is busy searching meanwhile). */
class Pool {
  private readonly workers: Worker[];
  constructor(size: number, text: string, file: string) {
    const code = BUILT ? '' : bundledWorkerCode();
    this.workers = Array.from({ length: size }, () => (BUILT ? builtWorker(text, file) : tsxWorker(code, text, file)));
  }

  sample(chunks: readonly [number, number][], seed: number): Promise<Tally[]> {
    const results: Tally[] = new Array<Tally>(chunks.length);
    let left = chunks.length;
    return new Promise((resolve, reject) => {
      if (left === 0) resolve(results);
      this.workers.forEach((w) => {
        w.on('error', reject);
        w.on('message', (m: { index: number; tally: Tally }) => {
          results[m.index] = m.tally;
          if (--left === 0) resolve(results);
        });
      });
      chunks.forEach(([from, to], index) => this.workers[index % this.workers.length]!.postMessage({ index, from, to, seed }));
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
