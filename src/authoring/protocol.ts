/**
 * The analysis worker's message protocol (src/authoring/analysis.worker.ts).
 *
 * The page posts one request:
 *   { type: 'analyse', text, file?, runs?, seed? }   the scenario file's text, as loaded
 * and the worker answers with any number of progress messages, then exactly one result or error:
 *   { type: 'progress', done, total }   work done so far; `total` never changes during a run
 *   { type: 'result', report, timing }  the AnalysisReport, and how long it took (kept apart: the report is deterministic)
 *   { type: 'error', message }          the scenario does not load (first diagnostic), or the analysis failed
 * A worker handles one request at a time; terminate it to cancel.
 */
import { formatDiagnostic, loadScenario } from '../engine';
import { analyse } from './analyse';
import type { AnalysisReport, AnalysisTiming } from './report';

export interface AnalysisRequest {
  type: 'analyse';
  text: string;
  file?: string;
  runs?: number;
  seed?: number;
}

export type AnalysisMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; report: AnalysisReport; timing: AnalysisTiming }
  | { type: 'error'; message: string };

/** Progress messages at most this often (in units of work), so that the page is not flooded. */
const PROGRESS_STEP = 100;

/** Answer one request through `post`; `now` gives milliseconds (performance.now in a worker). */
export async function handleRequest(request: AnalysisRequest, post: (m: AnalysisMessage) => void, now: () => number): Promise<void> {
  try {
    if (request?.type !== 'analyse' || typeof request.text !== 'string') {
      post({ type: 'error', message: 'expected { type: "analyse", text }' });
      return;
    }
    const loaded = loadScenario(request.text, request.file);
    if (!loaded.ok) {
      post({ type: 'error', message: loaded.errors.map(formatDiagnostic)[0] ?? 'the scenario does not load' });
      return;
    }
    const started = now();
    let last = -Infinity;
    const options = { ...(request.runs !== undefined ? { runs: request.runs } : {}), ...(request.seed !== undefined ? { seed: request.seed } : {}) };
    const report = await analyse(loaded.value, options, {
      progress: (done, total) => {
        if (done - last < PROGRESS_STEP && done < total) return;
        last = done;
        post({ type: 'progress', done, total });
      },
    });
    const seconds = (now() - started) / 1000;
    post({ type: 'result', report, timing: { seconds, runsPerSecond: seconds > 0 ? report.coverage.runs / seconds : 0, workers: 1 } });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
