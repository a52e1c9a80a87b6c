/**
 * The overview form's mapping to the document: read the id and the title from the draft's text,
 * and write one value back as a minimal edit (jsonc-parser's `modify`), so the rest of the file,
 * key order, spacing and comments included, stays byte-identical. Pure.
 */
import { applyEdits, modify, type Edit, type JSONPath } from 'jsonc-parser';
import { docOf } from './doc';

export interface Overview {
  id: string | null;
  /** The scenario's languages, in its own order (empty when unreadable). */
  locales: string[];
  /** The title in each language; a plain-string title is under `''` (one text for every language). */
  title: Record<string, string>;
  /** Staff points per turn and the whole game's budget, when they are numbers. */
  staff: number | null;
  budget: number | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

let last: { text: string; overview: Overview } | null = null;

/** What the overview form shows of `text` (best effort on a half-written draft); the last one is remembered, as a render asks again. */
export function readOverview(text: string): Overview {
  if (last?.text !== text) last = { text, overview: read(text) };
  return last.overview;
}

function read(text: string): Overview {
  const at = docOf(text).at;
  const id = at(['id']);
  const title = at(['title']);
  const out: Record<string, string> = {};
  if (typeof title === 'string') out[''] = title;
  else if (typeof title === 'object' && title !== null && !Array.isArray(title))
    for (const [k, v] of Object.entries(title)) if (typeof v === 'string') out[k] = v;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return { id: typeof id === 'string' ? id : null, locales: strings(at(['locales'])), title: out, staff: num(at(['resources', 'staff'])), budget: num(at(['resources', 'budget'])) };
}

/** The edits that set the value at `path`, formatted like the file (its indent and line ends). */
export function editsFor(text: string, path: JSONPath, value: unknown): Edit[] {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  return modify(text, path, value, { formattingOptions });
}

/** `text` with the value at `path` set: only that value's bytes change. */
export function setValue(text: string, path: JSONPath, value: unknown): string {
  return applyEdits(text, editsFor(text, path, value));
}

/** The path of the title in `lang` (`''`: a plain-string title). */
export const titlePath = (lang: string): JSONPath => (lang === '' ? ['title'] : ['title', lang]);
