/** Subscribing a view to a slice of the store: it re-renders only when that slice changes. */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store';

/** Shallow equality of two arrays of selected values. */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * Call `render` now and whenever the values picked by `select` change (compared one by one).
 * Returns the unsubscribe function.
 */
export function watch<T extends readonly unknown[]>(
  store: StoreApi<AppState>,
  select: (s: AppState) => T,
  render: (values: T, previous: T | null) => void,
): () => void {
  let last = select(store.getState());
  render(last, null);
  return store.subscribe((state) => {
    const next = select(state);
    if (same(next, last)) return;
    const prev = last;
    last = next;
    render(next, prev);
  });
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
