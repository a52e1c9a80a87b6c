/** The overview form edits one value: on every bundled scenario, the rest of the file stays byte-identical. */
import { readdirSync, readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import { describe, expect, test } from 'vitest';
import { readOverview, setValue, titlePath } from '../../../src/ui/studio/overview';

const FILES = readdirSync('scenarios').filter((f) => f.endsWith('.json'));

/** The file with the value at `path` replaced by `json`, computed by hand from the original's byte offsets. */
function spliced(text: string, path: JSONPath, json: string): string {
  const node = findNodeAtLocation(parseTree(text)!, path)!;
  return text.slice(0, node.offset) + json + text.slice(node.offset + node.length);
}

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(`scenarios/${file}`, 'utf8');
  const overview = readOverview(text);

  test('the overview reads its id, languages and a title in each', () => {
    expect(overview.id).toBe(file.replace(/\.json$/, ''));
    expect(overview.locales.length).toBeGreaterThan(0);
    for (const lang of overview.locales) expect(overview.title[lang]).toEqual(expect.any(String));
  });

  test('editing the id changes only the id', () => {
    const out = setValue(text, ['id'], 'renamed-scenario');
    expect(out).toBe(spliced(text, ['id'], '"renamed-scenario"'));
    expect(readOverview(out).id).toBe('renamed-scenario');
  });

  test('editing the staff or the budget changes only that number', () => {
    expect(overview.staff).toEqual(expect.any(Number));
    expect(overview.budget).toEqual(expect.any(Number));
    for (const k of ['staff', 'budget'] as const) {
      const out = setValue(text, ['resources', k], 12345);
      expect(out).toBe(spliced(text, ['resources', k], '12345'));
      expect(readOverview(out)[k]).toBe(12345);
    }
  });

  test('editing the title in each language changes only that title', () => {
    for (const lang of overview.locales) {
      const value = `Nouveau « titre » "${lang}" \\ é`;
      const out = setValue(text, titlePath(lang), value);
      expect(out).toBe(spliced(text, ['title', lang], JSON.stringify(value)));
      expect(readOverview(out).title).toEqual({ ...overview.title, [lang]: value });
    }
  });
});

test('a comment, CRLF line ends and a tab indent survive an edit', () => {
  const text = '{\r\n\t// the id\r\n\t"id": "a",\r\n\t"title": { "en": "A" } /* kept */\r\n}\r\n';
  expect(setValue(text, ['title', 'en'], 'B')).toBe(text.replace('"A"', '"B"'));
  expect(setValue(text, ['id'], 'b')).toBe(text.replace('"a"', '"b"'));
});

test('a plain-string title is one field for every language', () => {
  const text = '{ "id": "a", "locales": ["en", "fr"], "title": "Same" }';
  expect(readOverview(text).title).toEqual({ '': 'Same' });
  expect(setValue(text, titlePath(''), 'Other')).toBe(text.replace('"Same"', '"Other"'));
});

test('a half-written draft reads as far as it goes', () => {
  expect(readOverview('{ "id": "a", "title": { "en": "T", ').title).toEqual({ en: 'T' });
  expect(readOverview('not json')).toEqual({ id: null, locales: [], title: {}, staff: null, budget: null });
});
