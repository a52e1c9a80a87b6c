/**
 * Web Worker entry: runs the analyser off the page's thread so that the page never freezes.
 * Messages: see protocol.ts. Start it with
 * `new Worker(new URL('../authoring/analysis.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { handleRequest, type AnalysisMessage, type AnalysisRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisMessage): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void handleRequest(event.data, (m) => scope.postMessage(m), () => performance.now());
};
