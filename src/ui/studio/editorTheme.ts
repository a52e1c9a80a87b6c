/** The source editor's look: the app's colours (CSS variables reach into the editor's shadow root). */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const look = EditorView.theme(
  {
    '&': { color: 'var(--text)', backgroundColor: 'var(--bg-2)', flex: '1', minHeight: '0', fontSize: '14px' },
    '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '-2px' },
    '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
    '.cm-content': { caretColor: 'var(--focus)' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--focus)' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#2a4a7a' },
    '.cm-gutters': { backgroundColor: 'var(--panel)', color: 'var(--muted)', borderRight: '1px solid var(--line)' },
    '.cm-activeLine': { backgroundColor: '#ffffff0d' },
    '.cm-activeLineGutter': { backgroundColor: 'var(--panel-2)', color: 'var(--text)' },
    '.cm-tooltip': { backgroundColor: 'var(--panel-2)', color: 'var(--text)', border: '1px solid var(--line-strong)', maxWidth: '40em' },
    '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-ink)' },
    '.cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--text)' },
    '.cm-diagnostic-error': { borderLeftColor: 'var(--bad)' },
    '.cm-diagnostic-warning': { borderLeftColor: 'var(--warn)' },
  },
  { dark: true },
);

/** Token colours with enough contrast on the editor's background (WCAG AA). */
const colours = HighlightStyle.define([
  { tag: tags.propertyName, color: '#7fd4ff' },
  { tag: tags.string, color: '#b5e48c' },
  { tag: tags.number, color: '#ffc27a' },
  { tag: [tags.bool, tags.null], color: '#f4a7ff' },
  { tag: [tags.punctuation, tags.separator, tags.brace, tags.squareBracket], color: '#c8d3ec' },
]);

export const editorTheme = [look, syntaxHighlighting(colours)];
