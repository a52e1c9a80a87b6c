/** Running the missed-chances search: in a Web Worker where the page has one, else on the spot (tests, Node). */
import type { LoadedScenario, MissedResult, PlayLog } from '../engine';
import { engine } from './engine';
import type { MissedAnswer, MissedRequest } from './missed.worker';

export interface MissedRun {
  result: MissedResult | null;
  /** The search's own time, measured where it ran. */
  ms: number;
  where: 'worker' | 'page';
}

export interface MissedRuns {
  /** One per log, in order; null where the search failed. */
  results: (MissedResult | null)[];
  ms: number;
  where: 'worker' | 'page';
}

/** The search for each of `logs` on one scenario; `source` is its file (the worker loads it itself), null to search on the page. */
export function runMissedMany(loaded: LoadedScenario, source: { text: string; file: string } | null, logs: PlayLog[]): Promise<MissedRuns> {
  const onPage = (): MissedRuns => {
    const start = performance.now();
    const results = logs.map((log) => {
      const r = engine().missedChances(loaded, log);
      return r.ok ? r.value : null;
    });
    return { results, ms: performance.now() - start, where: 'page' };
  };
  if (typeof Worker === 'undefined' || source === null) return Promise.resolve(onPage());
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./missed.worker.ts', import.meta.url), { type: 'module' });
    const done = (runs: MissedRuns) => (worker.terminate(), resolve(runs));
    const failed = (): MissedRuns => ({ results: logs.map(() => null), ms: 0, where: 'worker' });
    worker.onmessage = (event: MessageEvent<MissedAnswer>) => {
      const m = event.data;
      done(m.ok ? { results: m.results, ms: m.ms, where: 'worker' } : failed());
    };
    worker.onerror = () => done(failed());
    worker.postMessage({ text: source.text, file: source.file, logs } satisfies MissedRequest);
  });
}

/** The search for one game; `source` is the scenario's file (the worker loads it itself), null to search on the page. */
export async function runMissed(loaded: LoadedScenario, source: { text: string; file: string } | null, log: PlayLog): Promise<MissedRun> {
  const runs = await runMissedMany(loaded, source, [log]);
  return { result: runs.results[0] ?? null, ms: runs.ms, where: runs.where };
}
