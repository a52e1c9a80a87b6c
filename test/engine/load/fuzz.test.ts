import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Result } from '../../../src/engine/diagnostics';
import type { LoadedScenario } from '../../../src/engine/loaded';
import { loadScenario, loadScenarioObject } from '../../../src/engine/load';
import { HANG_MS, HANG_TEST_MS } from '../hang';
import { minimalText } from './minimal';

const SCENARIOS = new URL('../../../scenarios/', import.meta.url);
/** The bundled scenarios (tutorial included, once it exists): bigger, so fewer runs. */
const BUNDLED = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => readFileSync(new URL(f, SCENARIOS), 'utf8'));

const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', "'", '/*', '//', 'null', 'true', '1e400', '-1e400', '-', '0', '01', 'NaN',
  '"__proto__": {"polluted": 1},', '"constructor": 1,', '\u0000', '\ud800', '\udc00', '\uFEFF', '\n', ' '];
const VALUES: unknown[] = [1e308, -1e308, -1, 0, 0.5, 2 ** 53, 1e9, '', 'x', 'turn', 'trust +', 'min(', '((((', 'trust', 'draw',
  'scrub', 'claim', '__proto__', 'constructor', true, false, null, [], {}, { en: 'x' }, [{ add: 1 }], { metric: 'trust', add: 1 }];

type Op = { kind: 'delete' | 'set' | 'rename' | 'proto' | 'swap'; at: number; other: number; value: unknown };
type Edit = { kind: 'delete' | 'insert' | 'replace' | 'nest'; pos: number; len: number; piece: string };

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('delete', 'set', 'rename', 'proto', 'swap'),
  at: fc.nat(),
  other: fc.nat(),
  value: fc.constantFrom(...VALUES),
});
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace', 'nest'),
  pos: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  piece: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })),
});

/** Every container and the keys or indices in it, depth first. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach((c, i) => (out.push([v, i]), visit(c)));
    else if (typeof v === 'object' && v !== null) for (const [k, c] of Object.entries(v)) (out.push([v as Record<string, unknown>, k]), visit(c));
  };
  visit(root);
  return out;
}

function applyOp(root: unknown, op: Op): void {
  const all = slots(root);
  if (all.length === 0) return;
  const [container, key] = all[op.at % all.length]!;
  const [otherContainer, otherKey] = all[op.other % all.length]!;
  const get = (c: typeof container, k: string | number): unknown => (c as Record<string, unknown>)[k];
  const put = (c: typeof container, k: string | number, v: unknown): void => void Object.defineProperty(c, k, { value: v, enumerable: true, writable: true, configurable: true });
  if (op.kind === 'set') put(container, key, structuredClone(op.value));
  else if (op.kind === 'swap') {
    const a = get(container, key);
    put(container, key, structuredClone(get(otherContainer, otherKey)));
    put(otherContainer, otherKey, a);
  } else if (Array.isArray(container)) {
    if (op.kind === 'delete') container.splice(key as number, 1);
  } else if (op.kind === 'delete') delete container[key];
  else if (op.kind === 'rename') {
    const v = container[key];
    delete container[key];
    put(container, String(key).slice(1) + 'x', v);
  } else put(container, '__proto__', { polluted: 1 });
}

function applyEdit(text: string, e: Edit): string {
  const pos = e.pos % (text.length + 1);
  if (e.kind === 'delete') return text.slice(0, pos) + text.slice(pos + e.len);
  if (e.kind === 'insert') return text.slice(0, pos) + e.piece + text.slice(pos);
  if (e.kind === 'replace') return text.slice(0, pos) + e.piece + text.slice(pos + e.piece.length);
  const depth = [63, 64, 65, 1000, 100_000][e.len % 5]!;
  return text.slice(0, pos) + (e.len % 2 === 0 ? '[' : '{"a":').repeat(depth) + text.slice(pos);
}

let slowest = 0;

function timedLoad(text: string): Result<LoadedScenario> {
  const started = performance.now();
  const r = loadScenario(text, 'fuzz.json');
  slowest = Math.max(slowest, performance.now() - started);
  return r;
}

function expectWellFormed(d: Diagnostic): void {
  expect(d.code).toMatch(/^[a-z]+\/[a-z-]+$/);
  expect(d.message.length).toBeGreaterThan(0);
  expect(d.pointer === '' || d.pointer.startsWith('/')).toBe(true);
  expect(Number.isInteger(d.line) && d.line! >= 1 && Number.isInteger(d.col) && d.col! >= 1).toBe(true);
  expect(d.file).toBe('fuzz.json');
}

const sameFinding = (d: Diagnostic): string => (d.code === 'json/too-deep' ? d.code : `${d.code} ${d.pointer}`);

/** The loader's contract on any text: never throws, never hangs, well-formed diagnostics, as strict as JSON.parse and as the object loader. */
function checkText(text: string): void {
  const r = timedLoad(text);
  const diagnostics = r.ok ? r.warnings : r.errors;
  diagnostics.forEach(expectWellFormed);
  if (!r.ok) expect(r.errors.some((d) => d.severity === 'error')).toBe(true);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    expect(r.ok).toBe(false);
    return;
  }
  if (!r.ok && r.errors.some((d) => d.code === 'json/duplicate-key' || d.code === 'json/too-large')) return;
  const o = loadScenarioObject(parsed, 'fuzz.json');
  expect(o.ok).toBe(r.ok);
  const fromObject = o.ok ? o.warnings : o.errors;
  expect(fromObject.map(sameFinding).sort()).toEqual(diagnostics.map(sameFinding).sort());
  if (r.ok && o.ok) expect(o.value.hash).toBe(r.value.hash);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function structural(bases: string[], numRuns: number, seed: number): void {
  fc.assert(
    fc.property(fc.nat(), fc.array(opArb, { minLength: 1, maxLength: 3 }), (b, ops) => {
      const root: unknown = JSON.parse(bases[b % bases.length]!);
      for (const op of ops) applyOp(root, op);
      checkText(JSON.stringify(root, null, 2));
    }),
    { numRuns, seed },
  );
}

function textual(bases: string[], numRuns: number, seed: number): void {
  fc.assert(
    fc.property(fc.nat(), fc.array(editArb, { minLength: 1, maxLength: 4 }), (b, edits) => {
      checkText(edits.reduce(applyEdit, bases[b % bases.length]!));
    }),
    { numRuns, seed },
  );
}

describe('fuzzing the loader', () => {
  it('survives structural mutations of a valid scenario', () => {
    structural([minimalText()], 1500, 20241219);
    expect(slowest).toBeLessThan(HANG_MS);
  }, HANG_TEST_MS);

  it('survives character-level damage, deep nesting included', () => {
    textual([minimalText()], 1500, 1207);
    expect(slowest).toBeLessThan(HANG_MS);
  }, HANG_TEST_MS);

  it.skipIf(BUNDLED.length === 0)('survives both on the bundled scenarios', () => {
    structural(BUNDLED, 100, 8);
    textual(BUNDLED, 100, 9);
    expect(slowest).toBeLessThan(HANG_MS);
  }, HANG_TEST_MS);
});
