/** What the part forms do: choose a part and an item, add, remove and move items, complete expressions, undo and redo. Every change is one edit of the source. */
import { t } from '../../i18n';
import type { Edit, JSONPath } from 'jsonc-parser';
import type { SourceEditor } from './editor';
import { editsFor as editsForValue } from './overview';
import { parseNumber } from './fields';
import { accept, completeAt, namesOf, symbolsOf } from './exprAssist';
import { addEdits, idsOf, itemsOf, listPath, newItem, PARTS, partAt, removeEdits, swapEdits, type ListPart, type Part } from './parts';
import type { StudioStore } from './studioState';
import { minimalChange } from './diff';
import { addLanguage, removeLanguage } from './languages';

/** What an expression field writes: its text, or the number it is where a number may stand (an effect's value). */
const written = (value: string, numeric: boolean): string | number => {
  const n = numeric ? parseNumber(value, false) : null;
  return n ?? value;
};

export type FormControl = ReturnType<typeof formControl>;

/** The forms' actions over the studio's store and its source editor. */
export function formControl(store: StudioStore, editor: () => SourceEditor) {
  const change = (f: (text: string) => Edit[], alone = false): void => editor().apply(f(editor().text()), alone);
  /** The source becomes `next` by its smallest replacement (the bytes outside what differs stay), as one step in the history. */
  const replaceWith = (next: string): void => {
    const change = minimalChange(editor().text(), next);
    if (change) editor().apply([{ offset: change.from, length: change.to - change.from, content: change.insert }], true);
  };
  const at = (index: number) => store.setState({ form: { ...store.getState().form, index }, completion: null });
  return {
    change,
    choosePart(part: Part): void {
      store.setState({ form: { part, index: 0 }, completion: null });
    },
    chooseItem: at,
    /** Show the form of what a finding's pointer names (the overview for the rest). */
    reveal(pointer: string): void {
      const where = partAt(pointer);
      store.setState({ form: where ?? { part: 'overview', index: 0 }, completion: null });
    },
    add(part: ListPart): void {
      const text = editor().text();
      editor().apply(addEdits(text, part, newItem(text, part, (lng) => t(`studio:forms.new.${part}`, { lng }))), true);
      at(itemsOf(editor().text(), part).length - 1);
    },
    remove(part: ListPart, index: number): void {
      change((text) => removeEdits(text, listPath(part), index), true);
      at(Math.max(0, Math.min(index, itemsOf(editor().text(), part).length - 1)));
    },
    /** Move the item at `index` one place up (-1) or down (+1). */
    move(part: ListPart, index: number, by: -1 | 1): void {
      const first = by < 0 ? index - 1 : index;
      if (first < 0) return;
      change((text) => swapEdits(text, listPath(part), first), true);
      at(index + by);
    },
    /** Remove the item at `index` of the list at `path` (an effect). */
    removeAt(path: JSONPath, index: number): void {
      change((text) => removeEdits(text, path, index), true);
    },
    /** The author typed in the expression field `field` (its path): write it and offer names at the caret. */
    typedExpr(path: JSONPath, value: string, caret: number, numeric = false): void {
      change((text) => editsForValue(text, path, written(value, numeric)));
      const names = namesOf(symbolsOf(idsOf(editor().text())));
      const { from, items } = completeAt(value, caret, names);
      store.setState({ completion: items.length > 0 ? { field: JSON.stringify(path), from, caret, items, active: 0 } : null });
    },
    /** Up/Down in the list of names; false when no list is open for that field. */
    step(path: JSONPath, by: number): boolean {
      const c = store.getState().completion;
      if (!c || c.field !== JSON.stringify(path)) return false;
      store.setState({ completion: { ...c, active: (c.active + by + c.items.length) % c.items.length } });
      return true;
    },
    /** Insert the chosen name (Enter, or a click): returns the new value and caret, or null if no list is open. */
    acceptName(path: JSONPath, value: string, index?: number, numeric = false): { text: string; caret: number } | null {
      const c = store.getState().completion;
      if (!c || c.field !== JSON.stringify(path)) return null;
      const item = c.items[index ?? c.active];
      if (!item) return null;
      const done = accept(value, c.from, c.caret, item);
      store.setState({ completion: null });
      change((text) => editsForValue(text, path, written(done.text, numeric)), true);
      return done;
    },
    closeNames(): boolean {
      if (!store.getState().completion) return false;
      store.setState({ completion: null });
      return true;
    },
    /** Add a language to the scenario and to every `Text` in it (the first language's words, marked for translation); one step in the history. */
    addLanguage(lang: string): void {
      replaceWith(addLanguage(editor().text(), lang));
      store.setState({ form: { ...store.getState().form, removing: undefined, languageProblem: undefined } });
    },
    /** Ask before removing a language (null: the author changed their mind). */
    askRemoveLanguage(lang: string | null): void {
      store.setState({ form: { ...store.getState().form, removing: lang ?? undefined, languageProblem: undefined } });
    },
    /** Remove a language from the scenario and from every `Text`; one step in the history. */
    removeLanguage(lang: string): void {
      replaceWith(removeLanguage(editor().text(), lang));
      store.setState({ form: { ...store.getState().form, removing: undefined } });
    },
    languageProblem(problem: 'code' | 'already' | null): void {
      store.setState({ form: { ...store.getState().form, languageProblem: problem ?? undefined } });
    },
    /** The next (+1) or previous (-1) item of the part shown, if there is one. */
    nextItem(by: 1 | -1): void {
      const { part, index } = store.getState().form;
      if (part === 'overview') return;
      // The list as shown (the draft as of the author's last pause: its parse is the forms').
      const count = itemsOf(store.getState().current?.text ?? '', part).length;
      const next = Math.max(0, Math.min(count - 1, Math.min(index, count - 1) + by));
      if (next !== index) at(next);
    },
    /** The next (+1) or previous (-1) part of the scenario, its first item. */
    nextPart(by: 1 | -1): void {
      const i = PARTS.indexOf(store.getState().form.part) + by;
      const part = PARTS[i];
      if (part) store.setState({ form: { part, index: 0 }, completion: null });
    },
    undo: () => editor().undo(),
    redo: () => editor().redo(),
  };
}
