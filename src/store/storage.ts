/** A tiny key-value storage that never throws: localStorage in the browser, memory elsewhere. */

export interface KeyValue {
  get(key: string): string | null;
  /** False when the value could not be stored (quota, private mode). */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

/** In-memory storage, for tests and for browsers that refuse localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValue {
  const data = new Map(Object.entries(initial));
  return {
    get: (key) => data.get(key) ?? null,
    set: (key, value) => {
      data.set(key, value);
      return true;
    },
    remove: (key) => void data.delete(key),
  };
}

/** The browser's localStorage, guarded; falls back to memory when it is unavailable. */
export function browserStorage(): KeyValue {
  let ls: Storage;
  try {
    ls = globalThis.localStorage;
    if (!ls) return memoryStorage();
  } catch {
    return memoryStorage();
  }
  return {
    get: (key) => {
      try {
        return ls.getItem(key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        ls.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove: (key) => {
      try {
        ls.removeItem(key);
      } catch {
        /* nothing to remove */
      }
    },
  };
}
