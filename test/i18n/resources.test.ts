/**
 * One i18n convention, checked: both languages hold the same keys with the same placeholders in
 * every namespace, and every key is used somewhere in the code (a key nobody reads is a leftover).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NAMESPACES, resources } from '../../src/i18n/resources';
import { flatten } from './helpers';

const PLURAL = /_(zero|one|two|few|many|other)$/;
// `kindA` is `kind` with its article (see diagnosticSentence): a language may use either.
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!.replace(/(?<=[a-z])A$/, '')).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Keys read by the views (`ns:key` literals, and `ns:prefix.${…}` templates), and by the workshop core (bare keys). */
function usedKeys(): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const ns = NAMESPACES.join('|');
  for (const file of [...sources('src/ui'), ...sources('src/game'), 'src/main.ts']) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(new RegExp(`['"\`](${ns}):([\\w./-]+)['"\`]`, 'g'))) exact.add(`${m[1]}:${m[2]}`);
    for (const m of code.matchAll(new RegExp(`\`(${ns}):([\\w./-]*)\\$\\{`, 'g'))) prefixes.push(`${m[1]}:${m[2]}`);
  }
  // The core's own strings; `strings.ts` only types them.
  for (const file of sources('src/workshop').filter((f) => !f.endsWith('strings.ts'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) exact.add(`workshop:${m[1]}`);
    for (const m of code.matchAll(/`([a-z][\w-]*\.(?:[\w-]+\.)*)\$\{/g)) prefixes.push(`workshop:${m[1]}`);
  }
  // Looked up by a word the engine puts in a diagnostic's params (see diagnosticSentence).
  prefixes.push('diagnostics:diagWord.', 'diagnostics:diagWordA.');
  // A bare namespace is a pass-through (the core's report translator): it proves nothing.
  return { exact, prefixes: prefixes.filter((p) => !p.endsWith(':')) };
}

describe('UI strings', () => {
  for (const ns of NAMESPACES) {
    const en = flatten(resources.en[ns]);
    const fr = flatten(resources.fr[ns]);
    // Plural forms differ by language (French has `_many`): compare the keys they belong to.
    const base = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();

    test(`${ns}: French and English hold the same keys`, () => {
      expect(base(Object.keys(fr))).toEqual(base(Object.keys(en)));
      for (const key of Object.keys(en)) if (/_one$/.test(key)) expect([key, key.replace(/_one$/, '_other') in en]).toEqual([key, true]);
    });

    test(`${ns}: French and English use the same placeholders`, () => {
      const words = (dict: Record<string, string>, b: string) => [...new Set(Object.entries(dict).filter(([k]) => k.replace(PLURAL, '') === b).flatMap(([, v]) => placeholders(v)))].sort();
      for (const b of base(Object.keys(en))) expect([b, words(fr, b).filter((p) => p !== 'count')]).toEqual([b, words(en, b).filter((p) => p !== 'count')]);
    });
  }

  test('no string reads "(s)": plurals go through i18next', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const ns of NAMESPACES) {
        const bad = Object.entries(flatten(resources[lang][ns])).filter(([, v]) => /\w\(s\)/.test(v));
        expect([lang, ns, bad]).toEqual([lang, ns, []]);
      }
    }
  });

  test('every key names its namespace (`ns:key`): a bare key would silently read the default one', () => {
    const bare: string[] = [];
    for (const file of [...sources('src/ui'), ...sources('src/game'), 'src/main.ts']) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?<![.\w])(?:t|has|tDynamic)\(\s*['"`]([a-zA-Z][\w]*\.[\w./-]*)/g)) bare.push(`${file}: ${m[1]}`);
    }
    expect(bare).toEqual([]);
  });

  test('every key is used by the code', () => {
    const { exact, prefixes } = usedKeys();
    const unused: string[] = [];
    for (const ns of NAMESPACES) {
      for (const key of Object.keys(flatten(resources.en[ns]))) {
        const full = `${ns}:${key.replace(PLURAL, '')}`;
        // A context variant (`key_missing`) is read through its base key.
        const variant = full.includes('_') ? full.slice(0, full.lastIndexOf('_')) : full;
        const used = [full, variant].some((k) => exact.has(k) || prefixes.some((p) => k.startsWith(p)));
        if (!used) unused.push(full);
      }
    }
    expect(unused).toEqual([]);
  });
});
