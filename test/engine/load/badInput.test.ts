import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/engine/diagnostics';
import { loadScenario, loadScenarioObject, MAX_CHARS, MAX_DIAGNOSTICS } from '../../../src/engine/load';
import { HANG_MS, HANG_TEST_MS } from '../hang';
import { compactText, minimalScenario, minimalText } from './minimal';

/** Load `text`, which must fail without hanging; return `code @line:col` of each diagnostic. */
function failures(text: string): string[] {
  const started = performance.now();
  const r = loadScenario(text);
  expect(performance.now() - started).toBeLessThan(HANG_MS);
  if (r.ok) throw new Error('expected the text to fail');
  return r.errors.map((d: Diagnostic) => `${d.code} @${d.line}:${d.col}`);
}

describe('text that is not one JSON object', () => {
  it('empty or blank', () => {
    expect(failures('')).toEqual(['json/empty @1:1']);
    expect(failures('  \n  ')).toEqual(['json/empty @2:3']);
  });

  it('truncated', () => {
    const text = minimalText().slice(0, 120);
    const codes = failures(text);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith('json/'))).toBe(true);
  });

  it('a top-level array or string', () => {
    expect(failures('[]')).toEqual(['schema/wrong-type @1:1']);
    expect(loadScenario('"scenario"').ok).toBe(false);
    const r = loadScenario(' [1]');
    expect(!r.ok && r.errors[0]!.message).toBe('expected an object, got an array');
  });

  it('binary garbage', () => {
    let seed = 7;
    const bytes = Array.from({ length: 50_000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    expect(failures(String.fromCharCode(...bytes.slice(0, 50_000))).length).toBeGreaterThan(0);
  });

  it('comments, trailing commas and single quotes are errors with positions', () => {
    expect(failures('{\n  // note\n  "a": 1\n}')).toEqual(['json/comment @2:3']);
    expect(failures('{\n  "a": 1,\n}')).toEqual(['json/trailing-comma @2:9']);
    expect(failures('[1, 2,\n]')).toEqual(['json/trailing-comma @1:6']);
    expect(failures("{\n  'a': 1\n}")[0]).toBe('json/single-quote @2:3');
  });

  it('other syntax errors, each located', () => {
    expect(failures('{"a" 1}')).toEqual(['json/syntax @1:6']);
    expect(failures('{"a": 01}')[0]).toBe('json/syntax @1:8');
    expect(failures('{"a": NaN}')[0]).toBe('json/syntax @1:7');
    expect(failures('{"a": 1} x')[0]).toBe('json/syntax @1:10');
  });

  it('20 MB is refused before parsing', () => {
    const big = '{"a": "' + 'x'.repeat(20 * 1024 * 1024) + '"}';
    const r = loadScenario(big);
    expect(!r.ok && r.errors.map((d) => d.code)).toEqual(['json/too-large']);
    expect(!r.ok && r.errors[0]!.message).toBe('the file is 20.0 MB; the limit is 1.0 MB');
    expect(MAX_CHARS).toBe(1024 * 1024);
  });

  it('200,000-deep nesting is refused at the 65th level', () => {
    expect(failures('['.repeat(200_000))).toEqual(['json/too-deep @1:65']);
    expect(failures('{"a":'.repeat(100_000))).toEqual(['json/too-deep @1:321']);
  });

  it('nesting hidden after a comment or a broken string is still counted', () => {
    expect(failures('/* " */ ' + '['.repeat(100_000))[0]).toBe('json/too-deep @1:73');
    expect(failures('"abc\n' + '['.repeat(100_000))[0]).toBe('json/too-deep @2:65');
  });
});

describe('values JSON allows but a scenario must not hold', () => {
  it('duplicate keys', () => {
    expect(failures(compactText({ id: '"mini", "id": "mini"' }))).toEqual(['json/duplicate-key @3:17']);
  });

  it('numbers too large to be finite, reported once', () => {
    expect(failures(compactText({ estimatedMinutes: '1e400' }))).toEqual(['json/non-finite @9:23']);
    expect(failures(compactText({ estimatedMinutes: '-1e400' }))).toEqual(['json/non-finite @9:23']);
  });

  it('unpaired surrogates, escaped or raw', () => {
    expect(failures(compactText({ summary: '"\\ud800"' }))).toEqual(['json/bad-unicode @6:14']);
    expect(failures(compactText({ summary: '"a\uDC00b"' }))).toEqual(['json/bad-unicode @6:14']);
    expect(loadScenario(compactText({ summary: '"\\ud83d\\ude00"' })).ok).toBe(true);
  });

  it('a __proto__ key is refused and pollutes nothing', () => {
    const resources = '{"staff": 2, "budget": 1000, "__proto__": {"polluted": true}}';
    expect(failures(compactText({ resources }))).toEqual(['json/forbidden-key @11:45']);
    const inText = loadScenario(compactText({ title: '{"__proto__": "x", "en": "a", "fr": "b"}' }));
    expect(!inText.ok && inText.errors.map((d) => d.code)).toEqual(['json/forbidden-key']);
    const s = minimalScenario();
    const object = loadScenarioObject(JSON.parse(JSON.stringify(s).replace('{', '{"__proto__": {"polluted": 1},')));
    expect(!object.ok && object.errors.map((d) => `${d.code} ${d.pointer}`)).toEqual(['json/forbidden-key /__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('constructor and prototype keys are unknown keys', () => {
    const errors = failures(compactText({ resources: '{"staff": 2, "budget": 1000, "constructor": 1, "prototype": {}}' }));
    expect(errors).toEqual(['schema/unknown-key @11:45', 'schema/unknown-key @11:63']);
  });

  it('a newer format is refused alone, clearly', () => {
    const r = loadScenario(compactText({ format: '"cellule/scenario@2"', tittle: '1' }));
    expect(!r.ok && r.errors.map((d) => `${d.code} ${d.message}`)).toEqual([
      'format/unsupported unsupported format "cellule/scenario@2"; this version reads "cellule/scenario@1"',
    ]);
  });

  it('hostile expressions are refused and located', () => {
    const hostile = ['constructor.constructor(\\"return process\\")()', 'this', '__proto__', '('.repeat(1999), 'x'.repeat(1990) + ' +'];
    for (const h of hostile) {
      const r = loadScenario(compactText({ rules: `[{"id": "r", "when": "${h}", "effects": []}]` }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.every((d) => d.code.startsWith('expr/') && d.pointer === '/rules/0/when' && d.line === 19)).toBe(true);
    }
  });
});

describe('loadScenarioObject is as strict', () => {
  it('refuses non-finite numbers, cycles and deep values without line numbers', () => {
    const s = minimalScenario();
    s.estimatedMinutes = Number.NaN;
    const r = loadScenarioObject(s, 'obj');
    expect(!r.ok && r.errors.map((d) => `${d.code} ${d.pointer} ${d.line} ${d.file}`)).toEqual(['json/non-finite /estimatedMinutes undefined obj']);
    const cyclic = minimalScenario();
    cyclic.tags = [cyclic];
    const c = loadScenarioObject(cyclic);
    expect(!c.ok && c.errors.map((d) => d.code)).toEqual(['json/too-deep']);
  });

  it('refuses what is not an object', () => {
    for (const v of [null, undefined, 42, 'x', [], () => 1]) expect(loadScenarioObject(v).ok).toBe(false);
  });
});

describe('files crafted to be slow', () => {
  it('a file near the size limit full of broken elements: capped diagnostics, without hanging', () => {
    const s = minimalScenario();
    s.injects = Array.from({ length: 25_000 }, (_, i) => ({ id: `i${i}`, x: 1 }));
    const text = JSON.stringify(s);
    expect(text.length).toBeLessThan(MAX_CHARS);
    const started = performance.now();
    const r = loadScenario(text);
    expect(performance.now() - started).toBeLessThan(HANG_MS);
    expect(!r.ok && r.errors.length).toBe(MAX_DIAGNOSTICS + 1);
    expect(!r.ok && r.errors.at(-1)!.code).toBe('load/too-many');
  }, HANG_TEST_MS);
});
