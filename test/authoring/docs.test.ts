/** Every example of docs/authoring.md, checked the way its info string says (see the comment at the top of the guide). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { symbolsOf } from '../../src/authoring/distance';
import { exportMsel } from '../../src/authoring/msel/export';
import { analyse } from '../../src/authoring/analyse';
import { compileExpr } from '../../src/engine/expr';
import { loadScenario } from '../../src/engine/load';
import type { LoadedScenario } from '../../src/engine/loaded';
import { parseLog, replay } from '../../src/engine/log';
import * as schema from '../../src/engine/schema';
import { analyserLines, blocks, checkerLines, patched, type Block } from './docBlocks';

const FRAGMENTS: Record<string, z.ZodType> = {
  text: schema.textSchema,
  metric: schema.metricSchema,
  flag: schema.flagSchema,
  actor: schema.actorSchema,
  evidence: schema.evidenceSchema,
  inject: schema.injectSchema,
  decision: schema.decisionSchema,
  outcome: schema.outcomeSchema,
  effect: schema.effectSchema,
  rule: schema.ruleSchema,
  objective: schema.objectiveSchema,
  ending: schema.endingSchema,
  map: schema.mapSchema,
  reference: schema.referenceSchema,
  phase: schema.phaseSchema,
  clock: schema.scenarioSchema.shape.clock,
  resources: schema.scenarioSchema.shape.resources,
};

const all = blocks();
const json = all.filter((b) => b.lang === 'json');
const exampleBlock = json.find((b) => b.info[0] === 'scenario')!;
const example = exampleBlock.body + '\n';
const loadedExample = (): LoadedScenario => {
  const r = loadScenario(example, 'scenario.json');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
};
const where = (b: Block) => `docs/authoring.md:${b.line} (${b.lang} ${b.info.join(' ')})`;
/** The `text` block right after a mistake block: what the tool prints. */
const expectedAfter = (b: Block) => {
  const next = all[all.indexOf(b) + 1]!;
  expect(next.lang, `${where(b)} must be followed by a text block`).toBe('text');
  return next.body.split('\n');
};
/** Expression strings inside a fragment: conditions, computed values and weights. */
function expressions(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return ['when', 'value', 'weight', 'add', 'set'].includes(key) ? [v] : [];
  if (Array.isArray(v)) return v.flatMap((x) => expressions(x, key));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => expressions(x, k));
  return [];
}

describe('docs/authoring.md', () => {
  it('has examples of every kind it promises', () => {
    const kinds = new Set(json.map((b) => b.info[0]));
    for (const k of [...Object.keys(FRAGMENTS).filter((k) => k !== 'phase'), 'scenario', 'expressions', 'log', 'mistake', 'analysis-mistake']) expect(kinds, k).toContain(k);
    expect(all.some((b) => b.lang === 'csv')).toBe(true);
    for (const b of json) expect(FRAGMENTS[b.info[0]!] !== undefined || ['scenario', 'expressions', 'log', 'mistake', 'analysis-mistake'].includes(b.info[0]!), where(b)).toBe(true);
  });

  it('shows every field of the format in an example', () => {
    // The committed JSON Schema is generated from the checker's schema (a test keeps it so): every property it names.
    const jsonSchema: unknown = JSON.parse(readFileSync(new URL('../../scenarios/schema/scenario.schema.json', import.meta.url), 'utf8'));
    const fields = new Set<string>();
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (typeof n !== 'object' || n === null) return;
      const props = (n as { properties?: unknown }).properties;
      if (typeof props === 'object' && props !== null) Object.keys(props).forEach((k) => fields.add(k));
      Object.values(n).forEach(walk);
    };
    walk(jsonSchema);
    const shown = new Set(json.flatMap((b) => [...b.body.matchAll(/"([A-Za-z$][\w$]*)"\s*:/g)].map((m) => m[1]!)));
    expect(fields.size).toBeGreaterThan(50);
    expect([...fields].filter((f) => !shown.has(f))).toEqual([]);
  });

  it('the complete example loads without a warning, and the analyser finds nothing wrong with it', async () => {
    for (const b of json.filter((x) => x.info[0] === 'scenario')) expect(checkerLines(b.body), where(b)).toEqual([]);
    expect(await analyserLines(example)).toEqual([]);
  });

  it.each(json.filter((b) => FRAGMENTS[b.info[0]!]).map((b) => [where(b), b] as const))('%s fits the schema, and its expressions compile', (_, b) => {
    const value: unknown = JSON.parse(b.body);
    for (const item of Array.isArray(value) && b.info[0] !== 'text' ? value : [value]) {
      const r = FRAGMENTS[b.info[0]!]!.safeParse(item);
      expect(r.success, `${where(b)}: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
    }
    const symbols = symbolsOf(loadedExample());
    for (const e of expressions(value)) expect(compileExpr(e, symbols).ok, `${where(b)}: ${e}`).toBe(true);
  });

  it('every expression compiles against the example', () => {
    const symbols = symbolsOf(loadedExample());
    for (const b of json.filter((x) => x.info[0] === 'expressions')) {
      for (const e of JSON.parse(b.body) as string[]) expect(compileExpr(e, symbols).ok, `${where(b)}: ${e}`).toBe(true);
    }
  });

  it('every play log replays on the example', () => {
    const loaded = loadedExample();
    for (const b of json.filter((x) => x.info[0] === 'log')) {
      const log = parseLog(b.body);
      expect(log.ok, where(b)).toBe(true);
      if (log.ok) expect(replay(loaded, log.value).ok, where(b)).toBe(true);
    }
  });

  it('the MSEL sample is the start of the example\'s export', () => {
    const exported = exportMsel(loadedExample()).split('\r\n');
    for (const b of all.filter((x) => x.lang === 'csv')) expect(b.body.split('\n'), where(b)).toEqual(exported.slice(0, b.body.split('\n').length));
  });

  it.each(json.filter((b) => b.info[0] === 'mistake').map((b) => [where(b), b] as const))('%s: the checker prints exactly what the guide shows', (_, b) => {
    expect(checkerLines(patched(example, b.info[1]!, b.body))).toEqual(expectedAfter(b));
  });

  it.each(json.filter((b) => b.info[0] === 'analysis-mistake').map((b) => [where(b), b] as const))('%s: the analyser prints exactly what the guide shows', async (_, b) => {
    expect(await analyserLines(patched(example, b.info[1]!, b.body))).toEqual(expectedAfter(b));
  });

  it('the reference line of the example is legal and scores what a careful line should', async () => {
    const report = await analyse(loadedExample(), { runs: 200, seed: 1 });
    expect(report.reference?.legal).toBe(true);
    expect(report.best.score.overall).toBeGreaterThanOrEqual(report.reference!.score!.overall);
  });
});
