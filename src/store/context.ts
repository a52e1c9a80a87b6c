/** What every group of actions shares: the store, its dependencies, and the autosave. */
import type { StoreApi } from 'zustand/vanilla';
import type { ScenarioCatalog } from './catalog';
import type { GameHistory } from './history/backend';
import type { KeyValue } from './storage';
import type { AppState } from './types';

export interface StoreDeps {
  storage: KeyValue;
  catalog: ScenarioCatalog;
  /** The language to start in (detected by the i18n layer). */
  language: AppState['language'];
  now?: () => Date;
  randomSeed?: () => number;
  /** The learner's finished games (IndexedDB by default). */
  history?: GameHistory;
}

export interface ActionContext {
  store: StoreApi<AppState>;
  deps: Required<StoreDeps>;
  set: (patch: Partial<AppState>) => void;
  get: () => AppState;
}

/** A fresh seed for a new game: a positive 31-bit integer, easy to read aloud and type. */
export function randomSeed(): number {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return (a[0]! % 2_147_483_646) + 1;
}
