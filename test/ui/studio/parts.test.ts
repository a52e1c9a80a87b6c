/** The part forms' mapping: items read from the text, added, removed and moved as minimal edits (the rest byte-identical, comments included), fresh ids, new items the checker accepts. */
import { readdirSync, readFileSync } from 'node:fs';
import { applyEdits } from 'jsonc-parser';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine';
import { blankScenario, type BlankWords } from '../../../src/ui/studio/blank';
import { addEdits, freshId, partAt, idsOf, itemsOf, LIST_PARTS, listPath, newItem, removeEdits, swapEdits } from '../../../src/ui/studio/parts';
import { effectKind, EFFECT_KINDS, newEffect, OBJECTIVE_TYPES, parseNumber, retypedObjective } from '../../../src/ui/studio/fields';
import { setValue } from '../../../src/ui/studio/overview';
import en from '../../../src/locales/en/studio.json' with { type: 'json' };
import fr from '../../../src/locales/fr/studio.json' with { type: 'json' };

const BLANK = blankScenario({ en: en.blank as BlankWords, fr: fr.blank as BlankWords });
const FILES = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
const word = (lang: string) => `New (${lang})`;
const errors = (text: string) => {
  const r = loadScenario(text, 'x.json');
  return r.ok ? [] : r.errors.map((d) => `${d.code} ${d.pointer ?? ''}`);
};

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(`scenarios/${file}`, 'utf8');
  const json = JSON.parse(text) as Record<string, unknown>;

  test.each(LIST_PARTS)('%s: the items are read with their ids', (part) => {
    let list: unknown = json;
    for (const k of listPath(part)) list = (list as Record<string, unknown> | undefined)?.[k as string];
    expect(itemsOf(text, part).map((i) => i.id)).toEqual(((list ?? []) as { id?: string }[]).map((i) => i.id ?? ''));
  });

  test.each(LIST_PARTS)('%s: an added item goes at the end, nothing else changes, and the checker accepts it', (part) => {
    const item = newItem(text, part, word);
    const out = applyEdits(text, addEdits(text, part, item));
    const items = itemsOf(out, part);
    expect(items.at(-1)!.value).toEqual(item);
    expect(items.length).toBe(itemsOf(text, part).length + 1);
    // Only an insertion (and the blank between the last item and the bracket laid out again).
    const edits = addEdits(text, part, item);
    expect(edits).toHaveLength(1);
    const { offset, length } = edits[0]!;
    expect(text.slice(offset, offset + length)).toMatch(/^\s*$/);
    expect(out.startsWith(text.slice(0, offset))).toBe(true);
    expect(out.endsWith(text.slice(offset + length))).toBe(true);
    // A reference that plays every turn has no turn left for another play.
    expect(errors(out).filter((e) => !(part === 'plays' && e.startsWith('rule/turn-beyond-end')))).toEqual([]);
  });

  test('ids are fresh among every kind', () => {
    const all = Object.values(idsOf(text)).flat();
    for (const part of LIST_PARTS) expect(all).not.toContain(newItem(text, part, word).id);
  });

  test('removing an item and moving one change only those items', () => {
    const n = itemsOf(text, 'decisions').length;
    const removed = applyEdits(text, removeEdits(text, listPath('decisions'), 1));
    expect(itemsOf(removed, 'decisions').map((i) => i.id)).toEqual(itemsOf(text, 'decisions').map((i) => i.id).filter((_, i) => i !== 1));
    const swapped = applyEdits(text, swapEdits(text, listPath('decisions'), 0));
    const ids = itemsOf(text, 'decisions').map((i) => i.id);
    expect(itemsOf(swapped, 'decisions').map((i) => i.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    expect(swapped.length).toBe(text.length);
    expect(applyEdits(swapped, swapEdits(swapped, listPath('decisions'), 0))).toBe(text);
    expect(n).toBeGreaterThan(1);
  });
});

describe('on a blank draft', () => {
  test('a fresh id skips the ones taken', () => {
    expect(freshId('metric', ['metric1', 'metric2', 'flag1'])).toBe('metric3');
    expect(freshId('flag', [])).toBe('flag1');
  });

  test('every kind of effect, and every type of objective, is accepted by the checker', () => {
    let text = applyEdits(BLANK, addEdits(BLANK, 'flags', newItem(BLANK, 'flags', word)));
    text = applyEdits(text, addEdits(text, 'endings', newItem(text, 'endings', word)));
    text = applyEdits(text, addEdits(text, 'evidence', newItem(text, 'evidence', word)));
    const ids = idsOf(text);
    for (const kind of EFFECT_KINDS) {
      const e = newEffect(kind, ids);
      expect(effectKind(e)).toBe(kind);
      expect(errors(setValue(text, ['decisions', 0, 'effects', 0], e))).toEqual([]);
    }
    // A decision's outcome as the form adds it.
    expect(errors(setValue(text, ['decisions', 0, 'outcomes'], [{ weight: 1, text: { en: 'An outcome', fr: 'Une issue' }, effects: [] }]))).toEqual([]);
    const objective = JSON.parse(text).objectives[0] as Record<string, unknown>;
    for (const type of OBJECTIVE_TYPES) expect(errors(setValue(text, ['objectives', 0], retypedObjective(objective, type, ids)))).toEqual([]);
  });

  test('the first node, link or play brings the map or the reference it needs', () => {
    let text = applyEdits(BLANK, addEdits(BLANK, 'nodes', newItem(BLANK, 'nodes', word)));
    text = applyEdits(text, addEdits(text, 'nodes', newItem(text, 'nodes', word)));
    text = applyEdits(text, addEdits(text, 'links', newItem(text, 'links', word)));
    expect(JSON.parse(text).map).toEqual({ nodes: [expect.objectContaining({ id: 'node1' }), expect.objectContaining({ id: 'node2' })], links: [{ from: 'node1', to: 'node2' }] });
    text = applyEdits(text, addEdits(text, 'plays', newItem(text, 'plays', word)));
    expect(JSON.parse(text).reference.plays).toEqual([{ turn: 1, decisions: [] }]);
    expect(errors(text)).toEqual([]);
  });

  test('Text fields in every language of the draft', () => {
    const item = newItem(BLANK, 'metrics', word);
    expect(item.label).toEqual({ en: 'New (en)', fr: 'New (fr)' });
  });
});

describe('a comment, CRLF line ends and a tab indent survive', () => {
  const text = BLANK.replace('"flags": []', '// the flags\n  "flags": [\n    { "id": "a", "initial": true } // kept\n  ]').replace(/\n/g, '\r\n').replace(/ {2}/g, '\t');
  test('add, move and remove', () => {
    const added = applyEdits(text, addEdits(text, 'flags', newItem(text, 'flags', word)));
    expect(added).toContain('// the flags');
    expect(added).toContain('// kept');
    expect(added.replace(/\r\n/g, '')).not.toContain('\n');
    expect(itemsOf(added, 'flags').map((i) => i.id)).toEqual(['a', 'flag1']);
    const moved = applyEdits(added, swapEdits(added, ['flags'], 0));
    expect(itemsOf(moved, 'flags').map((i) => i.id)).toEqual(['flag1', 'a']);
    expect(moved).toContain('{ "id": "a", "initial": true }');
    const removed = applyEdits(moved, removeEdits(moved, ['flags'], 0));
    expect(itemsOf(removed, 'flags').map((i) => i.id)).toEqual(['a']);
    expect(removed).toContain('// the flags');
  });
});

test('a number field writes only a whole (or finite) number; a half-typed one waits', () => {
  expect(parseNumber('12', true)).toBe(12);
  expect(parseNumber('1.', false)).toBeNull();
  expect(parseNumber('-', false)).toBeNull();
  expect(parseNumber('-2.5', false)).toBe(-2.5);
  expect(parseNumber('2.5', true)).toBeNull();
  expect(parseNumber('0', true, 1)).toBeNull();
  expect(parseNumber('', true)).toBeNull();
});

test('a finding’s pointer leads to the part and item whose form shows it', () => {
  expect(partAt('/decisions/2/effects/0/metric')).toEqual({ part: 'decisions', index: 2 });
  expect(partAt('/clock/phases/0/turns')).toEqual({ part: 'clock', index: 0 });
  expect(partAt('/map/links/3')).toEqual({ part: 'links', index: 3 });
  expect(partAt('/reference/plays/1/decisions/0')).toEqual({ part: 'plays', index: 1 });
  expect(partAt('/estimatedMinutes')).toBeNull();
  expect(partAt('/clock/start')).toBeNull();
  expect(partAt('')).toBeNull();
});

describe('a comment after the last item', () => {
  const withComment = (after: string) => `{\n  "flags": [\n    { "id": "a", "initial": false },\n    { "id": "b", "initial": true }${after}\n  ]\n}\n`;

  test.each([' // b starts true on purpose', ' /* b starts true */', '\t// b'])('stays with that item (%s): the comma before it, the new item after it', (comment) => {
    const text = withComment(comment);
    const out = applyEdits(text, addEdits(text, 'flags', { id: 'c', initial: false }));
    expect(out).toBe(`{\n  "flags": [\n    { "id": "a", "initial": false },\n    { "id": "b", "initial": true },${comment}\n    {\n      "id": "c",\n      "initial": false\n    }\n  ]\n}\n`);
    expect(itemsOf(out, 'flags').map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  test('a comment on a line of its own is about the list, not the item: left where it is', () => {
    const own = `{\n  "flags": [\n    { "id": "b", "initial": true }\n    // the end of the flags\n  ]\n}\n`;
    expect(applyEdits(own, addEdits(own, 'flags', { id: 'c', initial: false }))).toBe(`{\n  "flags": [\n    { "id": "b", "initial": true },\n    {\n      "id": "c",\n      "initial": false\n    }\n    // the end of the flags\n  ]\n}\n`);
  });
});
