/**
 * The scenario's languages as a form edits them: adding one gives every `Text` of the scenario an
 * entry in it, removing one takes it out of every `Text`. Which values are `Text`s is the checker's
 * to say: once the language is in (or out of) `locales`, each `Text` missing it (or still holding
 * it) is a finding at its pointer, and that is where the edit goes. Each change is the minimal
 * edit (jsonc-parser's), so the rest of the file stays byte-identical. Pure.
 */
import { applyEdits, findNodeAtLocation, modify, type Edit, type JSONPath, type Node } from 'jsonc-parser';
import { checkScenario, pathOfPointer } from '../../engine';
import { docOf } from './doc';

/** What a copied text starts with until it is translated: visible in play, found by a search (`[TODO de]`). */
export const untranslatedMark = (lang: string): string => `[TODO ${lang}] `;

/** A language code as the format takes it: `fr`, `en`, `pt-BR`. */
export const isLanguageCode = (code: string): boolean => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code);

/** The pointers of the checker's findings of `code` about `lang` in `text`. */
function textsAbout(text: string, code: string, lang: string): string[] {
  return checkScenario(text, undefined, { all: true }).diagnostics.filter((d) => d.code === code && String(d.params?.locale ?? d.params?.locales ?? '').split(', ').includes(lang)).map((d) => d.pointer);
}

/** `edits` (all against `text`, none overlapping) applied in one pass: a language touches hundreds of places of a 150 kB file. */
function applied(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.offset), e.content);
    at = e.offset + e.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const formatting = (text: string) => {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
};

/**
 * `text` with `lang` added to the scenario's languages, and to every `Text` the first language's
 * words marked for translation (`[TODO de] …`); plain-string texts (one for every language) stay.
 */
export function addLanguage(text: string, lang: string): string {
  const locales = localesIn(text);
  if (locales.includes(lang)) return text;
  const first = locales[0];
  const withLocale = applyEdits(text, modify(text, ['locales', -1], lang, { formattingOptions: formatting(text), isArrayInsertion: true }));
  // One check lists every Text missing the language (all of them: no cap), and one pass fills them.
  const edits = textsAbout(withLocale, 'text/missing-locale', lang).flatMap((pointer) => {
    const node = nodeAt(withLocale, pathOfPointer(pointer));
    const props = node?.type === 'object' ? (node.children ?? []) : [];
    const last = props.at(-1);
    if (!last) return [];
    const value = (name: string) => props.find((p) => p.children?.[0]?.value === name)?.children?.[1]?.value as unknown;
    const source = first !== undefined && typeof value(first) === 'string' ? value(first) : props.map((p) => p.children?.[1]?.value as unknown).find((v) => typeof v === 'string');
    return [{ offset: last.offset + last.length, length: 0, content: `,${layoutBefore(withLocale, last)}${JSON.stringify(lang)}: ${JSON.stringify(`${untranslatedMark(lang)}${typeof source === 'string' ? source : ''}`)}` }];
  });
  return applied(withLocale, edits);
}

/** The node at `path` in the draft's tree. */
const nodeAt = (text: string, path: JSONPath): Node | undefined => {
  const root = docOf(text).root;
  return root && findNodeAtLocation(root, path);
};

/** What separates `node` from the comma before it: a new line and its indent, or a space (an object on one line). */
function layoutBefore(text: string, node: Node): string {
  const lead = text.slice(text.lastIndexOf('\n', node.offset - 1) + 1, node.offset);
  return /^[ \t]*$/.test(lead) ? (text.includes('\r\n') ? '\r\n' : '\n') + lead : ' ';
}

/** The edit that takes the property `pointer` names out of its object (with the comma that joined it). */
function removeProperty(text: string, pointer: string): Edit[] {
  const path = pathOfPointer(pointer);
  const object = nodeAt(text, path.slice(0, -1));
  const props = object?.children ?? [];
  const i = props.findIndex((p) => p.children?.[0]?.value === path.at(-1));
  const prop = props[i];
  if (!prop) return [];
  const prev = props[i - 1];
  const next = props[i + 1];
  if (prev) return [{ offset: prev.offset + prev.length, length: prop.offset + prop.length - (prev.offset + prev.length), content: '' }];
  if (next) return [{ offset: prop.offset, length: next.offset - prop.offset, content: '' }];
  return [{ offset: prop.offset, length: prop.length, content: '' }];
}

/** `text` with `lang` gone from the scenario's languages and from every `Text`. */
export function removeLanguage(text: string, lang: string): string {
  const locales = localesIn(text);
  const at = locales.indexOf(lang);
  if (at < 0 || locales.length < 2) return text;
  const without = applyEdits(text, modify(text, ['locales', at], undefined, { formattingOptions: formatting(text) }));
  return applied(without, textsAbout(without, 'text/extra-locale', lang).flatMap((pointer) => removeProperty(without, pointer)));
}

/** The scenario's languages, in its own order. */
export function localesIn(text: string): string[] {
  const l = docOf(text).at(['locales']);
  return Array.isArray(l) ? l.filter((x): x is string => typeof x === 'string') : [];
}

/** How many of the scenario's strings are still marked untranslated in `lang`. */
export function untranslatedCount(text: string, lang: string): number {
  const mark = JSON.stringify(untranslatedMark(lang)).slice(0, -1);
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length)) n++;
  return n;
}
