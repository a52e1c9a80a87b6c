/**
 * The forms' mapping to the document for the list parts (phases, metrics, flags, actors, evidence,
 * injects, decisions, rules, objectives, endings): read each part's items from the draft's text,
 * and add, remove or move one as the minimal edit, so the rest of the file, comments included,
 * stays byte-identical. Pure.
 */
import { findNodeAtLocation, type Edit, type JSONPath } from 'jsonc-parser';
import { docOf } from './doc';
import { editsFor } from './overview';

export const LIST_PARTS = ['clock', 'metrics', 'flags', 'actors', 'evidence', 'injects', 'decisions', 'rules', 'objectives', 'endings', 'nodes', 'links', 'plays'] as const;
export type ListPart = (typeof LIST_PARTS)[number];
export const PARTS = ['overview', ...LIST_PARTS] as const;
export type Part = (typeof PARTS)[number];

const PATHS: Partial<Record<ListPart, JSONPath>> = { clock: ['clock', 'phases'], nodes: ['map', 'nodes'], links: ['map', 'links'], plays: ['reference', 'plays'] };
/** Where a part's items are in the document (the clock's are its phases, the map's its nodes and links, the reference's its plays). */
export const listPath = (part: ListPart): JSONPath => PATHS[part] ?? [part];

/** One item of a list part, as the form shows it. */
export interface Item {
  id: string;
  /** Its title (label, name) as in the file: a plain string or one per language. */
  title: unknown;
  value: Record<string, unknown>;
}

export { docOf, type Doc } from './doc';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The items of `part` in `text` (an item that is not an object reads as empty, keeping its index). */
export function itemsOf(text: string, part: ListPart): Item[] {
  const list = docOf(text).at(listPath(part));
  if (!Array.isArray(list)) return [];
  return list.map((v) => {
    const value = isRecord(v) ? v : {};
    const id = typeof value.id === 'string' ? value.id : '';
    // A link and a reference play have no id: named by what they join, by their turn.
    const title = value.title ?? value.label ?? value.name ?? (part === 'links' ? `${String(value.from ?? '?')} → ${String(value.to ?? '?')}` : part === 'plays' ? `${String(value.turn ?? '?')}: ${Array.isArray(value.decisions) ? value.decisions.join(', ') : ''}` : undefined);
    return { id, title, value };
  });
}

/** The scenario's languages, in its own order. */
export function localesOf(text: string): string[] {
  const l = docOf(text).at(['locales']);
  return Array.isArray(l) ? l.filter((x): x is string => typeof x === 'string') : [];
}

export type IdKind = 'phase' | 'metric' | 'flag' | 'actor' | 'evidence' | 'inject' | 'decision' | 'rule' | 'objective' | 'ending' | 'node' | 'link' | 'play';
const KIND_OF: Record<ListPart, IdKind> = { clock: 'phase', metrics: 'metric', flags: 'flag', actors: 'actor', evidence: 'evidence', injects: 'inject', decisions: 'decision', rules: 'rule', objectives: 'objective', endings: 'ending', nodes: 'node', links: 'link', plays: 'play' };
export const kindOfPart = (part: ListPart): IdKind => KIND_OF[part];

/** Every id declared in the text, by kind. */
export function idsOf(text: string): Record<IdKind, string[]> {
  const out = {} as Record<IdKind, string[]>;
  for (const part of LIST_PARTS) out[KIND_OF[part]] = itemsOf(text, part).map((i) => i.id).filter((id) => id !== '');
  return out;
}

/** `base` followed by the smallest number that no id of the draft has yet. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** The edits that append `item` at the end of the part's list (creating the list if it is missing). */
export function addEdits(text: string, part: ListPart, item: unknown): Edit[] {
  const path = listPath(part);
  const doc = docOf(text);
  const list = doc.root && findNodeAtLocation(doc.root, path);
  const last = list?.type === 'array' ? list.children?.at(-1) : undefined;
  if (!last) {
    // The map and the reference are optional: the first item brings the rest of what they need.
    const [parent, key] = path as [string, string?];
    if (key !== undefined && doc.at([parent]) === undefined) {
      const whole = parent === 'map' ? { nodes: [], links: [], [key]: [item] } : { title: textIn(localesOf(text), () => ''), note: textIn(localesOf(text), () => ''), plays: [item] };
      return editsFor(text, [parent], whole);
    }
    return editsFor(text, path, [item]);
  }
  // A pure insertion after the last item, laid out like it (its indent, the file's indent unit and line ends):
  // jsonc-parser's own would lay out the last item's closing again.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /[ \t]*$/.exec(text.slice(0, last.offset))?.[0] ?? '';
  const unit = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const json = JSON.stringify(item, null, unit.startsWith('\t') ? '\t' : unit.length).replace(/\n/g, eol + indent);
  const onOwnLine = /(^|\n)[ \t]*$/.test(text.slice(0, last.offset));
  const end = last.offset + last.length;
  // A comment closing the last item's line is about that item: the comma goes before it, the new item after it.
  const comment = onOwnLine ? /^[ \t]*(\/\/[^\r\n]*|\/\*(?:(?!\*\/)[^\r\n])*\*\/[ \t]*)(?=\r?\n)/.exec(text.slice(end)) : null;
  if (comment) return [{ offset: end, length: 0, content: ',' }, { offset: end + comment[0].length, length: 0, content: `${eol}${indent}${json}` }];
  return [{ offset: end, length: 0, content: `,${onOwnLine ? eol + indent : ' '}${json}` }];
}

/** The edits that remove the item at `index` of the list at `path`. */
export function removeEdits(text: string, path: JSONPath, index: number): Edit[] {
  return editsFor(text, [...path, index], undefined);
}

/** The edits that swap the item at `index` with the next one in the list at `path`: each item's own text (comments and all) moves, nothing else changes. */
export function swapEdits(text: string, path: JSONPath, index: number): Edit[] {
  const doc = docOf(text);
  const list = doc.root && findNodeAtLocation(doc.root, path);
  const a = list?.children?.[index];
  const b = list?.children?.[index + 1];
  if (!a || !b) return [];
  const between = text.slice(a.offset + a.length, b.offset);
  const content = text.slice(b.offset, b.offset + b.length) + between + text.slice(a.offset, a.offset + a.length);
  return [{ offset: a.offset, length: b.offset + b.length - a.offset, content }];
}

/** A `Text` with the same words in each language, or keyed by language from `words`. */
export function textIn(locales: readonly string[], words: (lang: string) => string): Record<string, string> {
  return Object.fromEntries((locales.length > 0 ? locales : ['en']).map((l) => [l, words(l)]));
}

/** The smallest valid item of each part, with a fresh id; `word(lang)`: its title in each language. */
export function newItem(text: string, part: ListPart, word: (lang: string) => string): Record<string, unknown> {
  const ids = idsOf(text);
  const all = Object.values(ids).flat();
  const kind = KIND_OF[part];
  const id = freshId(kind, all);
  const tx = textIn(localesOf(text), word);
  switch (part) {
    case 'clock':
      return { id, title: tx, turns: 1, minutesPerTurn: 60 };
    case 'metrics':
      return { id, label: tx, min: 0, max: 100, initial: 50, good: 'high' };
    case 'flags':
      return { id, initial: false };
    case 'actors':
      return { id, name: tx, description: tx, prior: 1 };
    case 'evidence':
      return { id, title: tx, body: tx, source: tx, likelihood: Object.fromEntries(ids.actor.map((a) => [a, 0.5])) };
    case 'injects':
      return { id, channel: 'soc', title: tx, body: tx, at: 1 };
    case 'decisions':
      return { id, category: 'containment', title: tx, description: tx, cost: { staff: 1, budget: 0 }, effects: [] };
    case 'rules':
      return { id, when: 'turn >= 1', effects: [] };
    case 'objectives': {
      const metric = ids.metric[0];
      const common = { id, category: 'containment', title: tx, weight: 1 };
      return metric ? { ...common, type: 'metric', metric, aggregate: 'final', target: 100, worst: 0 } : { ...common, type: 'attribution' };
    }
    case 'nodes':
      return { id, label: tx, kind: 'service', x: 50, y: 50 };
    case 'links': {
      const [from = '', to = from] = ids.node;
      return { from, to: ids.node[1] ?? to };
    }
    case 'plays': {
      // The first turn of the game not played yet (each turn has at most one play).
      const played = new Set(itemsOf(text, 'plays').map((p) => p.value.turn));
      let turn = 1;
      while (played.has(turn)) turn++;
      return { turn, decisions: [] };
    }
    case 'endings': {
      // Reached on the last turn by default: never cutting a play-test short.
      const turns = itemsOf(text, 'clock').reduce((n, p) => n + (typeof p.value.turns === 'number' ? p.value.turns : 0), 0);
      return { id, title: tx, body: tx, outcome: 'neutral', when: `turn >= ${Math.max(1, turns)}` };
    }
  }
}

/** Replace the whole value at `path` (a new kind of effect, a new type of objective). */
export const replaceEdits = (text: string, path: JSONPath, value: unknown): Edit[] => editsFor(text, path, value);

/** The part and item whose form shows what a JSON pointer (`/decisions/2/effects/0`) names; null: the overview's. */
export function partAt(pointer: string): { part: ListPart; index: number } | null {
  const steps = pointer.split('/').slice(1);
  for (const part of LIST_PARTS) {
    const path = listPath(part);
    if (path.every((k, i) => steps[i] === k) && /^\d+$/.test(steps[path.length] ?? '')) return { part, index: Number(steps[path.length]) };
  }
  return null;
}
