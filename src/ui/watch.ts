/** Subscribing a view to a slice of the store: it re-renders only when that slice changes. */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store';

/** Shallow equality of two arrays of selected values. */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

// Deferred renders run one per task, in order, so a turn's many panel updates never add up to one long task.
const queue: (() => void)[] = [];
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
let posted = false;

function post(): void {
  if (posted) return;
  posted = true;
  if (channel) channel.port2.postMessage(null);
  else setTimeout(flush, 0);
}

function flush(): void {
  posted = false;
  const job = queue.shift();
  job?.();
  if (queue.length > 0) post();
}

if (channel) channel.port1.onmessage = flush;

export interface WatchOptions {
  /** Render changes in a later task (not the initial render): for panels behind the one the player is looking at. */
  defer?: boolean;
  /** Name for a `cellule:<label>` user-timing measure of each deferred render (visible in performance tools). */
  label?: string;
}

/**
 * Call `render` now and whenever the values picked by `select` change (compared one by one).
 * Returns the unsubscribe function.
 */
export function watch<T extends readonly unknown[]>(
  store: StoreApi<AppState>,
  select: (s: AppState) => T,
  render: (values: T, previous: T | null) => void,
  options: WatchOptions = {},
): () => void {
  let last = select(store.getState());
  let shown: T = last;
  let active = true;
  let queued = false;
  render(last, null);
  const run = () => {
    queued = false;
    if (!active || same(last, shown)) return;
    const prev = shown;
    shown = last;
    const start = options.label ? performance.now() : 0;
    render(last, prev);
    if (options.label) performance.measure(`cellule:${options.label}`, { start, end: performance.now() });
  };
  const unsubscribe = store.subscribe((state) => {
    const next = select(state);
    if (same(next, last)) return;
    last = next;
    if (!options.defer) return run();
    if (!queued) {
      queued = true;
      queue.push(run);
      post();
    }
  });
  return () => {
    active = false;
    unsubscribe();
  };
}

/** A bag of clean-up functions, run once in reverse order. */
export class Disposer {
  private fns: (() => void)[] = [];
  add(fn: () => void): void {
    this.fns.push(fn);
  }
  dispose(): void {
    for (const fn of this.fns.reverse()) fn();
    this.fns = [];
  }
}
