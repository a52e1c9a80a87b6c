/**
 * A chunk loaded on demand: `load` runs on the first call and every later call shares its promise;
 * a failed load (the network lost before the game was cached) runs again on the next call.
 */
export function sharedLoad<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}
