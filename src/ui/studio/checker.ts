/** The studio's checker in a Web Worker: one worker for the studio's life, the latest question wins. */
import type { CheckAnswer, CheckQuestion } from './checkProtocol';

export interface Checker {
  /** Check `text`; resolves with null when a later check was asked meanwhile (this answer is stale). */
  check(text: string, file: string): Promise<CheckAnswer | null>;
  stop(): void;
}

/** Start the checker worker. */
export function startChecker(): Checker {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  let last = 0;
  const waiting = new Map<number, (a: CheckAnswer | null) => void>();
  worker.onmessage = (event: MessageEvent<CheckAnswer>) => {
    const answer = event.data;
    const resolve = waiting.get(answer.id);
    waiting.delete(answer.id);
    resolve?.(answer.id === last ? answer : null);
  };
  return {
    check(text, file) {
      const id = ++last;
      for (const [old, resolve] of waiting) if (old !== id) resolve(null);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, text, file } satisfies CheckQuestion);
      });
    },
    stop() {
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
      worker.terminate();
    },
  };
}
