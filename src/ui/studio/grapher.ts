/** The studio's graph worker: one for the studio's life, started when the graph is first shown; the latest question wins. */
import type { Target } from '../../authoring';
import type { GraphAnswer, GraphQuestion } from './graphProtocol';

export interface Grapher {
  /** Lay out the draft's graph; resolves with null when a later one was asked meanwhile. */
  layout(text: string, lang: string, unreached: Target[]): Promise<GraphAnswer | null>;
  stop(): void;
}

export function startGrapher(): Grapher {
  let worker: Worker | null = null;
  let last = 0;
  const waiting = new Map<number, (a: GraphAnswer | null) => void>();
  const start = () => {
    const w = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<GraphAnswer>) => {
      const resolve = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      resolve?.(event.data.id === last ? event.data : null);
    };
    return w;
  };
  return {
    layout(text, lang, unreached) {
      const id = ++last;
      for (const [old, resolve] of waiting) if (old !== id) resolve(null);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        (worker ??= start()).postMessage({ id, text, lang, unreached } satisfies GraphQuestion);
      });
    },
    stop() {
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
      worker?.terminate();
    },
  };
}
