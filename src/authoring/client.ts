/**
 * For the page: run the analyser in a Web Worker (analysis.worker.ts) and get its progress and
 * result; `cancel` terminates the worker. One worker per analysis.
 */
import type { AnalysisMessage, AnalysisRequest } from './protocol';
import type { AnalysisReport, AnalysisTiming } from './report';

export interface RunningAnalysis {
  /** The report, or a rejection with the worker's error message (also on cancel). */
  result: Promise<{ report: AnalysisReport; timing: AnalysisTiming }>;
  cancel(): void;
}

/** Start analysing a scenario file's text; `onProgress` gets (done, total) as the worker reports. */
export function startAnalysis(request: Omit<AnalysisRequest, 'type'>, onProgress?: (done: number, total: number) => void): RunningAnalysis {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (v: { report: AnalysisReport; timing: AnalysisTiming }) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<{ report: AnalysisReport; timing: AnalysisTiming }>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress?.(m.done, m.total);
    else if (m.type === 'result') (finish(), settle!.resolve({ report: m.report, timing: m.timing }));
    else (finish(), settle!.reject(new Error(m.message)));
  };
  worker.onerror = (event) => (finish(), settle!.reject(new Error(event.message || 'the analysis worker failed')));
  worker.postMessage({ type: 'analyse', ...request } satisfies AnalysisRequest);
  return { result, cancel: () => (finish(), settle!.reject(new Error('cancelled'))) };
}
