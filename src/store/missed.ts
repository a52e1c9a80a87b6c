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

/** The search for this game; `text` is the scenario's JSON (needed by the worker, which loads it itself). */
export function runMissed(loaded: LoadedScenario, text: string | null, file: string, log: PlayLog): Promise<MissedRun> {
  if (typeof Worker === 'undefined' || text === null) {
    const start = performance.now();
    const r = engine().missedChances(loaded, log);
    return Promise.resolve({ result: r.ok ? r.value : null, ms: performance.now() - start, where: 'page' });
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./missed.worker.ts', import.meta.url), { type: 'module' });
    const done = (run: MissedRun) => (worker.terminate(), resolve(run));
    worker.onmessage = (event: MessageEvent<MissedAnswer>) => {
      const m = event.data;
      done(m.ok ? { result: m.result, ms: m.ms, where: 'worker' } : { result: null, ms: 0, where: 'worker' });
    };
    worker.onerror = () => done({ result: null, ms: 0, where: 'worker' });
    worker.postMessage({ text, file, log } satisfies MissedRequest);
  });
}
