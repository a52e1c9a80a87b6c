/** Failed unions explained: the objective `type`, the effect kinds, and "a string or an object" alternatives. */
import type { z } from 'zod';
import { effectSchema } from '../schema';
import { suggest } from '../suggest';
import { error, hasOwn, isRecord, quoteList, valueAt, type Finding, type Path } from './finding';
import { EFFECT_HEADS, effectOption, schemaAt } from './schemaNav';
import { badValue, describeValue, kindName } from './values';

type UnionIssue = Extract<z.core.$ZodIssue, { code: 'invalid_union' }>;
type Issue = z.core.$ZodIssue;
/** Translates one issue whose path is relative to `base` (zodIssues' `translate`, passed in: it recurses into unions). */
export type Translate = (issue: Issue, base: Path, root: unknown, out: Finding[]) => void;

/** Findings for an `invalid_union` issue at `path`. */
export function unionFindings(issue: UnionIssue, path: Path, root: unknown, out: Finding[], translate: Translate): void {
  const value = valueAt(root, path);
  if ('discriminator' in issue && typeof issue.discriminator === 'string') {
    const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]) : [];
    // zod puts the discriminator's key at the end of the path.
    const parentPath = path[path.length - 1] === issue.discriminator ? path.slice(0, -1) : path;
    const parent = valueAt(root, parentPath);
    if (isRecord(parent) && !hasOwn(parent, issue.discriminator)) {
      const key = issue.discriminator;
      out.push(error('schema/missing-key', `missing key ${JSON.stringify(key)}`, parentPath, { key }));
    } else {
      out.push(badValue([...parentPath, issue.discriminator], valueAt(parent, [issue.discriminator]), options));
    }
    return;
  }
  const key = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1));
  if (value === undefined && typeof key === 'string' && isRecord(parent)) {
    return void out.push(error('schema/missing-key', `missing key ${JSON.stringify(key)}`, path.slice(0, -1), { key }));
  }
  const branches: Issue[][] = issue.errors.map((e) => [...e]);
  if (schemaAt(root, path) === effectSchema) return effectFindings(branches, path, root, value, out, translate);
  const viable = branches.filter((b) => !b.some(isKindMismatch));
  if (viable.length === 0) {
    const expected = [...new Set(branches.flatMap((b) => b.filter(isKindMismatch).map(expectedOf)))];
    const message = `expected ${expected.join(' or ')}, got ${describeValue(value)}`;
    return void out.push(error('schema/wrong-type', message, path, { expected: expected.join(' | '), got: describeValue(value) }));
  }
  const best = viable.reduce((a, b) => (b.length < a.length ? b : a));
  for (const i of best) translate(i, path, root, out);
}

/** An issue saying the value is of another kind altogether (not a number when a number was wanted, …). */
function isKindMismatch(i: Issue): boolean {
  return i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
}

function expectedOf(i: Issue): string {
  if (i.code === 'invalid_type') return kindName(i.expected);
  if (i.code === 'invalid_value') return quoteList(i.values.map(String));
  return 'another value';
}

const EXAMPLE = '{"metric": "trust", "add": -5}';

/**
 * What is wrong with the kind keys of an effect object, if anything: checked before zod's own guess.
 * `form` tells the translation which sentence: `none`, `several`, `addAndSet` or `noAddOrSet`.
 */
export function effectShapeProblem(value: Record<string, unknown>): { message: string; params?: Record<string, string> } | undefined {
  const kinds = quoteList(EFFECT_HEADS);
  const heads = EFFECT_HEADS.filter((h) => hasOwn(value, h));
  const list = EFFECT_HEADS.join(', ');
  if (heads.length === 0) {
    const near = Object.keys(value).map((k) => suggest(k, EFFECT_HEADS)).find((s) => s !== undefined);
    const hint = near === undefined ? '' : `; did you mean "${near}"?`;
    const message = `an effect needs one of ${kinds}${hint}`;
    return { message, params: near === undefined ? { form: 'none', kinds: list } : { form: 'none', kinds: list, suggestion: near } };
  }
  if (heads.length > 1) return { message: `an effect has exactly one of ${kinds}; found ${quoteList(heads, 'and')}`, params: { form: 'several', kinds: list, found: heads.join(', ') } };
  if (heads[0] !== 'metric') return undefined;
  if (hasOwn(value, 'add') && hasOwn(value, 'set')) return { message: 'a metric effect has "add" or "set", not both', params: { form: 'addAndSet' } };
  if (!hasOwn(value, 'add') && !hasOwn(value, 'set')) return { message: 'a metric effect needs "add" or "set"', params: { form: 'noAddOrSet' } };
  return undefined;
}

function effectFindings(branches: Issue[][], path: Path, root: unknown, value: unknown, out: Finding[], translate: Translate): void {
  if (!isRecord(value)) {
    const got = describeValue(value);
    return void out.push(error('schema/wrong-type', `expected an effect object such as ${EXAMPLE}, got ${got}`, path, { expected: 'object', got }));
  }
  if (effectShapeProblem(value) !== undefined) return; // reported by effectShapeFindings
  const option = effectOption(value);
  const index = option === undefined ? -1 : (effectSchema._zod.def.options as readonly unknown[]).indexOf(option);
  const before = out.length;
  for (const i of branches[index] ?? []) translate(i, path, root, out);
  if (out.length === before) {
    out.push(error('schema/effect-kind', `an effect must be exactly one of the forms ${quoteList(EFFECT_HEADS)}`, path, { form: 'other', kinds: EFFECT_HEADS.join(', ') }));
  }
}
