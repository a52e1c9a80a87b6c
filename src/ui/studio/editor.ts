/**
 * The JSON source in CodeMirror 6 with the scenario's JSON Schema (completion, hover, schema
 * errors). The editor lives in a shadow root: CodeMirror's styles then go into a constructed
 * stylesheet (`adoptedStyleSheets`), which `style-src 'self'` allows, where a `<style>` tag in
 * the document would be refused.
 */
import type { CompletionSource } from '@codemirror/autocomplete';
import { Compartment, EditorState, Transaction } from '@codemirror/state';
import type { Edit } from 'jsonc-parser';
import { EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { disableErrorLogging } from 'best-effort-json-parser';
import { basicSetup } from 'codemirror';
import { isolateHistory, redo, undo } from '@codemirror/commands';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { setDiagnostics, type Diagnostic as Mark } from '@codemirror/lint';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';

import schema from '../../../scenarios/schema/scenario.schema.json' with { type: 'json' };
import { editorTheme } from './editorTheme';

export interface SourceEditor {
  /** The host element to place in the page. */
  host: HTMLElement;
  text(): string;
  /** Replace the whole text (a new draft), cursor at the start. */
  setText(text: string): void;
  /** Apply minimal edits (from a form) as one undoable change; `alone`: never joined with the edits before it in the history (a choice, not typing). */
  apply(edits: readonly Edit[], alone?: boolean): void;
  /** Mark the findings in the source (positions in `text`; ignored if the source has changed since). */
  mark(text: string, marks: readonly Mark[]): void;
  /** The editor's accessible name, in the current language. */
  setLabel(label: string): void;
  /** Put the cursor at `offset`, scroll it into view and focus the editor. */
  goTo(offset: number): void;
  /** Undo or redo the last change, a form's or the source's (one history). */
  undo(): void;
  redo(): void;
  destroy(): void;
}

/** Above this many characters, the schema's completion waits for Ctrl+Space instead of answering every key. */
export const SCHEMA_COMPLETION_ON_TYPING_MAX = 20_000;

const schemaSource = jsonCompletion();
/**
 * codemirror-json-schema's completion compiles the schema and parses the whole draft on each query:
 * on la-poste-ddos (150 kB) a task of 0.5–1 s per key typed in a value (profiled). On a large draft
 * it answers Ctrl+Space only; the expressions' own completion (cheap) still answers as one types.
 */
const schemaCompletion: CompletionSource = (ctx) => {
  if (!ctx.explicit && ctx.state.doc.length > SCHEMA_COMPLETION_ON_TYPING_MAX) return null;
  const r = schemaSource(ctx);
  return Array.isArray(r) ? null : r;
};

/** A source editor calling `onChange(text, typed)` after every edit of the document; `typed`: the author typed or deleted in the source itself. */
export function createSourceEditor(label: string, onChange: (text: string, typed: boolean) => void, onSave: () => void, expressions?: CompletionSource): SourceEditor {
  // The schema's parser of half-typed JSON would log the whole draft to the console on every keystroke.
  disableErrorLogging();
  const host = document.createElement('div');
  host.className = 'studio-editor-host';
  host.dataset.testid = 'studio-source';
  const shadow = host.attachShadow({ mode: 'open' });
  const labelled = new Compartment();
  // An explicit tab stop: axe (scrollable-region-focusable) does not count a bare contenteditable as focusable.
  const attributes = (name: string) => EditorView.contentAttributes.of({ 'aria-label': name, tabindex: '0' });
  const extensions = [
    // Ctrl+Shift+Z redoes everywhere (CodeMirror binds it on the Mac only, Ctrl+Y elsewhere).
    keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (onSave(), true) }, { key: 'Mod-Shift-z', preventDefault: true, run: redo }]),
    basicSetup,
    // codemirror-json-schema's completion and hover; not its linter, which validated the whole draft on
    // the page's thread (200+ ms a check on la-poste-ddos): the checker's own findings, from its worker,
    // are the marks in the source (`mark`).
    json(),
    jsonLanguage.data.of({ autocomplete: schemaCompletion }),
    // The expressions' names, as the forms offer them (sourceCompletion.ts).
    ...(expressions ? [jsonLanguage.data.of({ autocomplete: expressions })] : []),
    hoverTooltip(jsonSchemaHover()),
    stateExtensions(schema as unknown as Parameters<typeof stateExtensions>[0]),
    editorTheme,
    EditorView.lineWrapping,
    labelled.of(attributes(label)),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange(u.state.doc.toString(), u.transactions.some((tr) => tr.isUserEvent('input') || tr.isUserEvent('delete')));
    }),
  ];
  const view = new EditorView({ root: shadow, parent: shadow, state: EditorState.create({ doc: '', extensions }) });
  return {
    host,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.setState(EditorState.create({ doc: text, extensions }));
    },
    apply(edits, alone = false) {
      const annotations = alone ? [Transaction.addToHistory.of(true), isolateHistory.of('full')] : [];
      if (edits.length > 0) view.dispatch({ changes: edits.map((e) => ({ from: e.offset, to: e.offset + e.length, insert: e.content })), annotations });
    },
    mark(text, marks) {
      if (view.state.doc.toString() !== text) return;
      view.dispatch(setDiagnostics(view.state, [...marks]));
    },
    setLabel(name) {
      view.dispatch({ effects: labelled.reconfigure(attributes(name)) });
    },
    goTo(offset) {
      const at = Math.max(0, Math.min(offset, view.state.doc.length));
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    undo: () => void undo(view),
    redo: () => void redo(view),
    destroy: () => view.destroy(),
  };
}
