/**
 * Damaged records set aside: a stored save or workshop that cannot be used is moved out of the
 * way, under its own key, so that it no longer traps the page but is never lost: the player can
 * download it (to repair it or send it to us) or discard it. `why` is a small JSON note of the
 * problem, so that the banner survives a reload.
 */
import type { KeyValue } from './storage';

export type AsideKind = 'save' | 'workshop';

const key = (kind: AsideKind) => `cellule.aside.${kind}`;
const whyKey = (kind: AsideKind) => `cellule.aside.${kind}.why`;

/** The file name a set-aside record downloads as, also used to locate its problems. */
export const ASIDE_FILES: Readonly<Record<AsideKind, string>> = {
  save: 'cellule-save-set-aside.json',
  workshop: 'workshop-set-aside.cellule-workshop.json',
};

/**
 * Move the text under `from` aside, with its problem; true when it is aside. When the browser
 * refuses (a record near the quota), the text is put back where it was: kept, not lost.
 */
export function moveAside(storage: KeyValue, from: string, kind: AsideKind, why: Record<string, unknown>): boolean {
  const text = storage.get(from);
  if (text === null) return false;
  storage.remove(from); // first, so that a large record has room to move
  if (storage.set(key(kind), text)) {
    storage.set(whyKey(kind), JSON.stringify(why));
    return true;
  }
  storage.set(from, text);
  return false;
}

/** The set-aside text, or null. */
export function readAside(storage: KeyValue, kind: AsideKind): string | null {
  return storage.get(key(kind));
}

/** The note kept with the set-aside text: a JSON object, or null when missing or unreadable. */
export function readAsideWhy(storage: KeyValue, kind: AsideKind): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(storage.get(whyKey(kind)) ?? 'null');
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Forget the set-aside record (the player discarded it). */
export function clearAside(storage: KeyValue, kind: AsideKind): void {
  storage.remove(key(kind));
  storage.remove(whyKey(kind));
}
