/** A store over memory storage and the drill fixture, with a fixed clock and predictable seeds. */
import { readFileSync } from 'node:fs';
import { createApp, memoryCatalog, memoryStorage, type KeyValue } from '../../src/store';

export const drillText = readFileSync(new URL('./fixtures/drill.json', import.meta.url), 'utf8');

export function makeApp(storage: KeyValue = memoryStorage(), seeds: number[] = [1001, 1002, 1003]) {
  let i = 0;
  return createApp({
    storage,
    catalog: memoryCatalog({ drill: drillText }),
    language: 'en',
    now: () => new Date('2025-12-22T10:00:00Z'),
    randomSeed: () => seeds[i++ % seeds.length]!,
  });
}

/** The session, failing the test if there is none. */
export function sessionOf(app: ReturnType<typeof makeApp>) {
  const s = app.store.getState().session;
  if (!s) throw new Error('no session');
  return s;
}
