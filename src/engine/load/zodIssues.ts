/** Zod issues turned into short, located findings: unknown keys with suggestions, missing keys, wrong types, allowed values. */
import type { z } from 'zod';
import { didYouMean, suggest } from '../suggest';
import { SCENARIO_FORMAT } from '../schema';
import { error, isRecord, own, quoteList, valueAt, type Finding, type Path } from './finding';
import { objectKeys, objectSchemaAt } from './schemaNav';
import { effectShapeProblem, unionFindings } from './unions';
import { rawEffects } from './context';

type Issue = z.core.$ZodIssue;

/** More issues than this are not translated: no one reads them, and a hostile file could have a million. */
const MAX_TRANSLATED = 1000;

/** Findings for the issues of a failed `scenarioSchema.safeParse(root)`. */
export function schemaFindings(issues: readonly Issue[], root: unknown): Finding[] {
  const out = effectShapeFindings(root);
  const misshapen = out.map((f) => f.path);
  for (const issue of issues.slice(0, MAX_TRANSLATED)) {
    // Inside an effect whose kind is unclear, zod's guesses at the option would only add noise.
    if (!misshapen.some((p) => p.every((seg, i) => issue.path[i] === seg))) translate(issue, [], root, out);
  }
  return out;
}

function effectShapeFindings(root: unknown): Finding[] {
  if (!isRecord(root)) return [];
  return rawEffects(root).flatMap(({ effect, path }) => {
    const problem = isRecord(effect) ? effectShapeProblem(effect) : undefined;
    return problem === undefined ? [] : [error('schema/effect-kind', problem.message, path, problem.params)];
  });
}

/** Translate one issue whose path is relative to `base`. */
export function translate(issue: Issue, base: Path, root: unknown, out: Finding[]): void {
  const path: Path = [...base, ...issue.path.map((s) => (typeof s === 'number' ? s : String(s)))];
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type':
      return void out.push(wrongType(root, path, value, issue.expected));
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push(unknownKey(root, path, key));
      return;
    case 'invalid_value':
      return void out.push(badValue(path, value, issue.values));
    case 'too_small':
    case 'too_big':
      return void out.push(outOfRange(issue, path));
    case 'invalid_format':
      return void out.push(badFormat(issue.format, issue.message, path, value));
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'is not allowed';
      const key = String(path[path.length - 1]);
      return void out.push({ ...error('schema/bad-key', `key ${JSON.stringify(key)} ${stripPrefix(inner)}`, path, { key }), onKey: true });
    }
    case 'invalid_union':
      return unionFindings(issue, path, root, out);
    default:
      out.push(error('schema/invalid', issue.message, path));
  }
}

const KIND_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  null: 'null',
};

export const kindName = (expected: string): string => KIND_NAMES[expected] ?? expected;

/** `a string`, `an array`, `null`, … for the value found. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return kindName(typeof v);
}

function wrongType(root: unknown, path: Path, value: unknown, expected: string): Finding {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (typeof key === 'string' && isRecord(parent) && own(parent, key) === undefined) {
    return error('schema/missing-key', `missing key ${JSON.stringify(key)}`, path.slice(0, -1), { key });
  }
  if (expected === 'int' && typeof value === 'number') return error('schema/not-integer', 'must be a whole number', path, { value });
  const message = `expected ${kindName(expected)}, got ${describeValue(value)}`;
  return error('schema/wrong-type', message, path, { expected, got: describeValue(value) });
}

function unknownKey(root: unknown, path: Path, key: string): Finding {
  const object = valueAt(root, path);
  const allowed = objectKeys(objectSchemaAt(root, path)).filter((k) => own(object, k) === undefined);
  const near = suggest(key, allowed);
  const params: Record<string, string> = near === undefined ? { key } : { key, suggestion: near };
  const message = `unknown key ${JSON.stringify(key)}${didYouMean(key, allowed)}`;
  return { ...error('schema/unknown-key', message, [...path, key], params), onKey: true };
}

/** A value outside an enumeration; the format version is refused with its own code. */
export function badValue(path: Path, value: unknown, allowed: readonly unknown[]): Finding {
  const options = allowed.filter((a): a is string | number => typeof a === 'string' || typeof a === 'number');
  if (path.length === 1 && path[0] === 'format') {
    const message = `unsupported format ${JSON.stringify(value)}; this version reads ${JSON.stringify(SCENARIO_FORMAT)}`;
    return error('format/unsupported', message, path, { found: String(value), expected: SCENARIO_FORMAT });
  }
  const hint = typeof value === 'string' ? didYouMean(value, options.map(String)) : '';
  const got = typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : describeValue(value);
  const message = `expected ${options.length === 1 ? '' : 'one of '}${quoteList(options)}, got ${got}${hint}`;
  return error('schema/bad-value', message, path, { allowed: options.join(', '), got });
}

function outOfRange(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path): Finding {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    const message = small && limit === 1 ? 'must not be empty' : `must be at ${small ? 'least' : 'most'} ${limit} characters`;
    return error(small ? 'schema/too-short' : 'schema/too-long', message, path, { limit });
  }
  if (issue.origin === 'array') {
    const message = `must have at ${small ? 'least' : 'most'} ${limit} item${limit === 1 ? '' : 's'}`;
    return error(small ? 'schema/too-short' : 'schema/too-long', message, path, { limit });
  }
  const bound = inclusive ? `at ${small ? 'least' : 'most'}` : small ? 'greater than' : 'less than';
  return error('schema/out-of-range', `must be ${bound} ${limit}`, path, small ? { min: limit } : { max: limit });
}

function badFormat(format: string, message: string, path: Path, value: unknown): Finding {
  const shown = typeof value === 'string' && value.length <= 40 ? `${JSON.stringify(value)} ` : '';
  const rule =
    format === 'datetime'
      ? 'must be an ISO 8601 date and time with an offset, such as "2024-12-19T08:00:00+01:00"'
      : stripPrefix(message);
  return error('schema/bad-format', `${shown}${rule}`, path, { format });
}

const stripPrefix = (message: string): string => message.replace(/^Invalid string: /, '');
