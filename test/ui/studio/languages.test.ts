/** The languages form: adding a language reaches every Text, removing one takes it out of every Text; on every bundled scenario. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine';
import { addLanguage, isLanguageCode, localesIn, removeLanguage, untranslatedCount, untranslatedMark } from '../../../src/ui/studio/languages';

const FILES = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
const errors = (text: string) => {
  const r = loadScenario(text);
  return r.ok ? [] : r.errors.filter((d) => d.severity === 'error');
};

/** What `after` adds to `before` when it only inserts: the inserted pieces, or null if anything else changed. */
function insertions(before: string, after: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  // Walk both texts; every difference must be text present in `after` only.
  while (i < before.length || j < after.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    // The inserted piece ends where `before` resumes: the shortest run of `after` after which both agree again for a while.
    let k = j + 1;
    while (k <= after.length && after.slice(k, k + 40) !== before.slice(i, i + 40)) k++;
    if (k > after.length) return null;
    out.push(after.slice(j, k));
    j = k;
  }
  return out;
}

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(`scenarios/${file}`, 'utf8');
  const locales = localesIn(text);

  test('adding a language: the checker still accepts, every Text has it marked for translation, and nothing else changed', () => {
    const out = addLanguage(text, 'de');
    expect(localesIn(out)).toEqual([...locales, 'de']);
    expect(errors(out)).toEqual([]);
    const r = loadScenario(out);
    expect(r.ok && r.warnings.filter((d) => d.code.startsWith('text/'))).toEqual([]);
    const pieces = insertions(text, out);
    expect(pieces).not.toBeNull();
    // The language in `locales`, then one `"de": "[TODO de] …"` per Text.
    for (const p of pieces!.slice(1)) expect(p).toMatch(/^,\s*"de": "\[TODO de\] /);
    expect(untranslatedCount(out, 'de')).toBe(pieces!.length - 1);
    expect(pieces!.length - 1).toBeGreaterThan(5);
  });

  test('removing the language added gives back the file, byte for byte', () => {
    expect(removeLanguage(addLanguage(text, 'de'), 'de')).toBe(text);
  });

  test("removing one of its languages: the checker still accepts, only that language's entries are gone", () => {
    const gone = locales.at(-1)!;
    if (locales.length < 2) return expect(removeLanguage(text, gone)).toBe(text);
    const out = removeLanguage(text, gone);
    expect(localesIn(out)).toEqual(locales.slice(0, -1));
    expect(errors(out)).toEqual([]);
    expect(out).not.toContain(`"${gone}":`);
    // Everything left is the original's own bytes, in order.
    const removed = insertions(out, text);
    expect(removed).not.toBeNull();
    for (const p of removed!.slice(1)) expect(p).toMatch(new RegExp(`^,\\s*"${gone}": "`));
  });
});

describe('languages', () => {
  const text = readFileSync('scenarios/la-poste-ddos.json', 'utf8');
  test('the only language is not removed; a language twice is not added', () => {
    const one = removeLanguage(text, localesIn(text).at(-1)!);
    expect(removeLanguage(one, localesIn(one)[0]!)).toBe(one);
    expect(addLanguage(text, localesIn(text)[0]!)).toBe(text);
  });
  test("the copied text is the first language's, marked", () => {
    const out = addLanguage(text, 'de');
    const first = localesIn(text)[0]!;
    const title = (JSON.parse(out) as { title: Record<string, string> }).title;
    expect(title.de).toBe(`${untranslatedMark('de')}${title[first]}`);
  });
  test('language codes', () => {
    for (const ok of ['de', 'pt-BR', 'es']) expect(isLanguageCode(ok)).toBe(true);
    for (const no of ['', 'DE', 'de_DE', 'français', ' de']) expect(isLanguageCode(no)).toBe(false);
  });
});
