/**
 * Web Worker entry: the missed-chances search off the page's thread (it replays hundreds of
 * branches per game). Request: `{text, file, logs}` (one game, or every team of a workshop);
 * answer: `{ok: true, results, ms}` (a result per log, null where that log's search failed) or
 * `{ok: false, message}` when the scenario does not load.
 */
import { loadScenario, missedChances, type MissedResult, type PlayLog } from '../engine';

export interface MissedRequest {
  text: string;
  file: string;
  logs: PlayLog[];
}

export type MissedAnswer = { ok: true; results: (MissedResult | null)[]; ms: number } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<MissedRequest>) => void) | null;
  postMessage(message: MissedAnswer): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { text, file, logs } = event.data;
  const loaded = loadScenario(text, file);
  if (!loaded.ok) return scope.postMessage({ ok: false, message: loaded.errors[0]?.message ?? 'invalid scenario' });
  const start = performance.now();
  const results = logs.map((log) => {
    const r = missedChances(loaded.value, log);
    return r.ok ? r.value : null;
  });
  scope.postMessage({ ok: true, results, ms: performance.now() - start });
};
