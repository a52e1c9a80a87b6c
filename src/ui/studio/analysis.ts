/**
 * The analyser on the draft, live: once the checker passes, a short analysis runs in a Web Worker;
 * an edit cancels it (a stale analysis never reports). Its findings are located in the source.
 */
import { DEFAULT_SEED, locateFindings, startAnalysis, type AnalysisReport, type RunningAnalysis } from '../../authoring';
import type { Finding } from './findings';
import { offsetOf } from './findings';

/** Random games per live analysis: enough to find what never happens, quick enough to follow typing. */
export const LIVE_RUNS = 2_000;

export type LiveAnalysis =
  | { kind: 'waiting' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; report: AnalysisReport; findings: Finding[] }
  | { kind: 'failed'; message: string };

/** The analyser's findings as studio findings, at the line and column their pointer names. */
export function analysisFindings(report: AnalysisReport, text: string): Finding[] {
  const located = locateFindings(report.findings, text);
  return report.findings.map((f, i) => {
    const d = located[i]!;
    const line = d.line ?? 1;
    const col = d.col ?? 1;
    return { severity: d.severity, code: d.code, diagnostic: d, pointer: f.pointer, line, col, offset: offsetOf(text, line, col), analysis: f };
  });
}

/**
 * After the check has passed, how long the draft must stay unchanged before its analysis starts:
 * its two workers take both cores of a small laptop for most of a second, and an author still
 * typing would have every check wait behind them (bench:studio: the re-check's p95 went from
 * about 20 ms to 30 with the analysis started at once).
 */
export const ANALYSIS_QUIET_MS = 500;

/** Runs one analysis at a time over the draft's text, once the draft is quiet; `start` cancels the one before. */
export function liveAnalyser(report: (state: LiveAnalysis) => void) {
  let running: RunningAnalysis | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null;
  /** The last state reported is 'waiting' (so a keystroke need not report it again). */
  let waiting = false;
  const cancel = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    running?.cancel();
    running = null;
  };
  const run = (text: string, file: string): void => {
    waiting = false;
    const start = performance.now();
    const mine = startAnalysis({ text, file, runs: LIVE_RUNS, seed: DEFAULT_SEED }, (done, total) => running === mine && report({ kind: 'running', done, total }));
    running = mine;
    report({ kind: 'running', done: 0, total: LIVE_RUNS });
    mine.result.then(
      ({ report: r }) => {
        if (running !== mine) return;
        // Read by `npm run bench:studio`: the whole live analysis, workers included (not the quiet wait before it).
        performance.measure('cellule:studio-analysis', { start, end: performance.now() });
        report({ kind: 'done', report: r, findings: analysisFindings(r, text) });
        running = null;
      },
      (e: unknown) => running === mine && (report({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }), (running = null)),
    );
  };
  return {
    start(text: string, file: string): void {
      cancel();
      pending = setTimeout(() => {
        pending = null;
        run(text, file);
      }, ANALYSIS_QUIET_MS);
    },
    /** The draft changed or has errors: drop any analysis under way (said once: each keystroke calls it). */
    stop(): void {
      const was = running;
      cancel();
      if (was || !waiting) report({ kind: 'waiting' });
      waiting = true;
    },
  };
}
