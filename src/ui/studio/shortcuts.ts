/**
 * The studio's keyboard shortcuts beyond CodeMirror's own: the next or previous item of a part's
 * list (Alt+PageDown / Alt+PageUp) and the next or previous part (with Shift), anywhere in the
 * studio, the source included (CodeMirror binds PageUp/PageDown without Alt only; browsers and
 * screen readers leave Alt+PageUp/PageDown alone; a Mac's Fn+Up/Down is PageUp/PageDown); `?`
 * outside a text field opens the list of shortcuts.
 */
import { t } from '../../i18n';
import type { StudioController } from './controller';

/** The list the help shows, in order: each shortcut's keys and what it does (keys under `studio:keys`). */
export const SHORTCUTS = ['items', 'parts', 'help', 'undo', 'redo', 'save', 'complete', 'names'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

/** The keys and the action of a shortcut, in the author's language. */
export const shortcutText = (s: Shortcut): { keys: string; action: string } => ({ keys: t(`studio:keys.list.${s}.keys`), action: t(`studio:keys.list.${s}.action`) });

/** Whether the key was typed into text (an input, a text area, a select, the source). */
function inText(e: KeyboardEvent): boolean {
  const el = e.composedPath()[0];
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el.closest('textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=button])') !== null;
}

/** Handle a key pressed anywhere in the studio; true when it was one of its shortcuts. */
export function studioKey(e: KeyboardEvent, c: StudioController, openHelp: () => void): boolean {
  if (e.ctrlKey || e.metaKey) return false;
  if (e.altKey && (e.key === 'PageDown' || e.key === 'PageUp')) {
    const by = e.key === 'PageDown' ? 1 : -1;
    if (e.shiftKey) c.form.nextPart(by);
    else c.form.nextItem(by);
    return true;
  }
  if (!e.altKey && e.key === '?' && !inText(e)) {
    openHelp();
    return true;
  }
  return false;
}
