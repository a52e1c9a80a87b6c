/** Where the history lives: IndexedDB in the browser (nothing leaves it), memory in tests. */
import { clear, createStore, delMany, setMany, values, type UseStore } from 'idb-keyval';
import { badRecordField } from './check';
import type { GameRecord } from './types';

export interface GameHistory {
  /** Every sound record, oldest first; damaged ones are skipped (and counted). */
  list(): Promise<{ games: GameRecord[]; skipped: number }>;
  /** Keep these records (same id: replaced); false when the browser refused. */
  put(records: GameRecord[]): Promise<boolean>;
  /** Forget these records (the oldest, past the cap). */
  remove(ids: string[]): Promise<boolean>;
  /** Forget every record. */
  clear(): Promise<boolean>;
}

const byTime = (a: GameRecord, b: GameRecord) => a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id);

function sound(raw: unknown[]): { games: GameRecord[]; skipped: number } {
  const games = raw.filter((r): r is GameRecord => badRecordField(r) === null).sort(byTime);
  return { games, skipped: raw.length - games.length };
}

/** The history in the browser's IndexedDB (database `cellule-history`). */
export function browserHistory(): GameHistory {
  let store: UseStore | null = null;
  const db = (): UseStore => (store ??= createStore('cellule-history', 'games'));
  return {
    async list() {
      try {
        return sound(await values(db()));
      } catch {
        return { games: [], skipped: 0 };
      }
    },
    async put(records) {
      try {
        await setMany(records.map((r) => [r.id, r]), db());
        return true;
      } catch {
        return false;
      }
    },
    async remove(ids) {
      try {
        await delMany(ids, db());
        return true;
      } catch {
        return false;
      }
    },
    async clear() {
      try {
        await clear(db());
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** A history in memory, for tests and for browsers without IndexedDB. */
export function memoryHistory(initial: unknown[] = []): GameHistory {
  const rows = new Map<string, unknown>(initial.map((r, i) => [String((r as { id?: unknown })?.id ?? i), structuredClone(r)]));
  return {
    list: () => Promise.resolve(sound([...rows.values()].map((r) => structuredClone(r)))),
    put(records) {
      for (const r of records) rows.set(r.id, structuredClone(r));
      return Promise.resolve(true);
    },
    remove(ids) {
      for (const id of ids) rows.delete(id);
      return Promise.resolve(true);
    },
    clear() {
      rows.clear();
      return Promise.resolve(true);
    },
  };
}
