/** Editing a scenario file's text in place: one value replaced, added or removed, nothing else moved. */
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import type { MselChange } from './change';

export interface Edit {
  path: JSONPath;
  /** The new value; undefined removes the property. */
  value: unknown;
  change: MselChange;
}

/**
 * One edit on the text, by hand around the nodes jsonc-parser finds, so that nothing else in
 * the file moves (its `modify` would reformat the object it touches).
 */
export function applyEdit(text: string, e: Edit): string {
  const parent = findNodeAtLocation(parseTree(text)!, e.path.slice(0, -1));
  if (parent?.type !== 'object') throw new Error(`msel: no object at ${e.path.slice(0, -1).join('/')}`);
  const key = e.path[e.path.length - 1]!;
  const props = parent.children ?? [];
  const k = props.findIndex((p) => p.children?.[0]?.value === key);
  const splice = (from: number, to: number, insert: string) => text.slice(0, from) + insert + text.slice(to);
  if (k >= 0 && e.value !== undefined) {
    const value = props[k]!.children![1]!;
    return splice(value.offset, value.offset + value.length, show(e.value));
  }
  if (k >= 0) {
    const prop = props[k]!;
    if (k > 0) return splice(props[k - 1]!.offset + props[k - 1]!.length, prop.offset + prop.length, '');
    return splice(prop.offset, props[1] ? props[1].offset : prop.offset + prop.length, '');
  }
  if (e.value === undefined) return text;
  const entry = `${JSON.stringify(key)}: ${show(e.value)}`;
  const last = props[props.length - 1];
  if (!last) return splice(parent.offset + 1, parent.offset + 1, entry);
  const end = last.offset + last.length;
  const multiline = text.slice(parent.offset, last.offset).includes('\n');
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return splice(end, end, multiline ? `,${eol}${indent}${entry}` : `, ${entry}`);
}

/** A value as the file shows it: a translated text on one line, `{ "fr": "…", "en": "…" }`. */
function show(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
}
