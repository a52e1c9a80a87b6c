/**
 * Id-keyed records of the state (`taken`, `lastTaken`, ...) and reads of id-keyed scenario data.
 *
 * State records have no prototype: an id may be any valid name, `constructor` or `toString`
 * included, and on a plain `{}` those read as Object.prototype's functions, not as absent.
 * Such objects are also in V8's dictionary mode from the start: ids are added in a different
 * order in every game, and as ordinary objects each order would get its own hidden class, so
 * that lookups in the hot loops, most of them for absent ids, keep missing V8's caches.
 * Key order, JSON and deep equality are unchanged.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A copy of a record, without a prototype like the original. */
export function copyRecordOf<T>(from: Readonly<Record<string, T>>): Record<string, T> {
  const r = emptyRecord<T>();
  for (const k of Object.keys(from)) r[k] = from[k]!;
  return r;
}

/** `record[key]` if the record has it as its own: for records parsed from files, whose keys are ids. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
