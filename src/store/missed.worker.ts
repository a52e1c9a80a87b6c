/**
 * Web Worker entry: the missed-chances search off the page's thread (it replays hundreds of
 * branches). Request: `{text, file, log}`; answer: `{ok: true, result, ms}` or `{ok: false, message}`.
 */
import { loadScenario, missedChances, type MissedResult, type PlayLog } from '../engine';

export interface MissedRequest {
  text: string;
  file: string;
  log: PlayLog;
}

export type MissedAnswer = { ok: true; result: MissedResult; ms: number } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<MissedRequest>) => void) | null;
  postMessage(message: MissedAnswer): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { text, file, log } = event.data;
  const loaded = loadScenario(text, file);
  if (!loaded.ok) return scope.postMessage({ ok: false, message: loaded.errors[0]?.message ?? 'invalid scenario' });
  const start = performance.now();
  const r = missedChances(loaded.value, log);
  const ms = performance.now() - start;
  scope.postMessage(r.ok ? { ok: true, result: r.value, ms } : { ok: false, message: r.errors[0]!.message });
};
