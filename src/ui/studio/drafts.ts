/** The studio's drafts, kept in the browser's IndexedDB so they survive a reload. */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { byRecent, type Draft } from './draft';

let store: UseStore | null = null;
const db = (): UseStore => (store ??= createStore('cellule-studio', 'drafts'));

const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' && v !== null && typeof (v as Draft).key === 'string' && typeof (v as Draft).text === 'string' && typeof (v as Draft).file === 'string' && typeof (v as Draft).updatedAt === 'number';

/** Every stored draft, most recent first; anything unreadable is skipped, not fatal. */
export async function listDrafts(): Promise<Draft[]> {
  try {
    return byRecent((await values(db())).filter(isDraft));
  } catch {
    return [];
  }
}

/** One draft by key, or null. */
export async function readDraft(key: string): Promise<Draft | null> {
  try {
    const v: unknown = await get(key, db());
    return isDraft(v) ? v : null;
  } catch {
    return null;
  }
}

/** Keep a draft (false when the browser refused, e.g. storage full or private mode). */
export async function writeDraft(draft: Draft): Promise<boolean> {
  try {
    await set(draft.key, draft, db());
    return true;
  } catch {
    if (!draft.handle) return false;
    // A browser that cannot keep the file's handle still keeps the text.
    const { handle: _, ...text } = draft;
    return writeDraft(text);
  }
}

/** Forget a draft. */
export async function deleteDraft(key: string): Promise<void> {
  try {
    await del(key, db());
  } catch {
    // Nothing to forget.
  }
}
