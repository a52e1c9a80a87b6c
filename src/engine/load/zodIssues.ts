/** Zod issues turned into short, located findings: unknown keys with suggestions, missing keys, wrong types, allowed values. */
import type { z } from 'zod';
import { didYouMean, suggest } from '../suggest';
import { ID_PATTERN, LOCALE_PATTERN, SCENARIO_ID_PATTERN } from '../schema';
import { error, isRecord, own, valueAt, type Finding, type Path } from './finding';
import { objectKeys, objectSchemaAt } from './schemaNav';
import { effectShapeProblem, unionFindings } from './unions';
import { badValue, describeValue, kindName } from './values';
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
      // A missing `format` gets its own sentence (badValue); any other missing enumerated key is just missing.
      return void out.push((path.length === 1 && path[0] === 'format' ? undefined : missingKey(root, path)) ?? badValue(path, value, issue.values));
    case 'too_small':
    case 'too_big':
      return void out.push(outOfRange(issue, path));
    case 'invalid_format':
      return void out.push(badFormat(issue, path, value));
    case 'invalid_key': {
      const first = issue.issues[0];
      const inner = first?.message ?? 'is not allowed';
      const key = String(path[path.length - 1]);
      const form = first?.code === 'invalid_format' ? formatForm(first) : 'other';
      const params = { key, form, ...(form === 'other' ? { detail: stripPrefix(inner) } : {}) };
      return void out.push({ ...error('schema/bad-key', `key ${JSON.stringify(key)} ${stripPrefix(inner)}`, path, params), onKey: true });
    }
    case 'invalid_union':
      return unionFindings(issue, path, root, out, translate);
    default:
      // The schema's only refinement is "must be a finite number"; anything else keeps zod's words as `detail`.
      out.push(error('schema/invalid', issue.message, path, { form: issue.message === FINITE ? 'finite' : 'other', detail: issue.message }));
  }
}

/** A required key the object lacks, reported at the object; undefined when the key is there. */
function missingKey(root: unknown, path: Path): Finding | undefined {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (typeof key === 'string' && isRecord(parent) && own(parent, key) === undefined) {
    return error('schema/missing-key', `missing key ${JSON.stringify(key)}`, path.slice(0, -1), { key });
  }
  return undefined;
}

function wrongType(root: unknown, path: Path, value: unknown, expected: string): Finding {
  const missing = missingKey(root, path);
  if (missing) return missing;
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

/**
 * Sizes and bounds. `form` (the translation's context) says which sentence: `empty`, `string`
 * or `array` for lengths; `min`, `max`, `above`, `below` for numbers. `count` is the bound.
 */
function outOfRange(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path): Finding {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    const empty = small && limit === 1;
    const message = empty ? 'must not be empty' : `must be at ${small ? 'least' : 'most'} ${limit} characters`;
    return error(small ? 'schema/too-short' : 'schema/too-long', message, path, { limit, count: limit, form: empty ? 'empty' : 'string' });
  }
  if (issue.origin === 'array') {
    const message = `must have at ${small ? 'least' : 'most'} ${limit} item${limit === 1 ? '' : 's'}`;
    return error(small ? 'schema/too-short' : 'schema/too-long', message, path, { limit, count: limit, form: 'array' });
  }
  const bound = inclusive ? `at ${small ? 'least' : 'most'}` : small ? 'greater than' : 'less than';
  const form = inclusive ? (small ? 'min' : 'max') : small ? 'above' : 'below';
  return error('schema/out-of-range', `must be ${bound} ${limit}`, path, { ...(small ? { min: limit } : { max: limit }), limit, form });
}

const FINITE = 'must be a finite number';

/** Which rule a string broke, for the translation: `datetime`, `id`, `scenarioId`, `locale`, or `other`. */
function formatForm(issue: { format: string; pattern?: string }): string {
  if (issue.format === 'datetime') return 'datetime';
  if (issue.format !== 'regex') return 'other';
  if (issue.pattern === String(ID_PATTERN)) return 'id';
  if (issue.pattern === String(SCENARIO_ID_PATTERN)) return 'scenarioId';
  if (issue.pattern === String(LOCALE_PATTERN)) return 'locale';
  return 'other';
}

function badFormat(issue: { format: string; pattern?: string; message: string }, path: Path, value: unknown): Finding {
  const shown = typeof value === 'string' && value.length <= 40 ? `${JSON.stringify(value)} ` : '';
  const rule =
    issue.format === 'datetime'
      ? 'must be an ISO 8601 date and time with an offset, such as "2024-12-19T08:00:00+01:00"'
      : stripPrefix(issue.message);
  const form = formatForm(issue);
  const params: Record<string, string> = { format: issue.format, form };
  if (shown !== '') params.value = String(value);
  if (form === 'other') params.detail = rule;
  return error('schema/bad-format', `${shown}${rule}`, path, params);
}

const stripPrefix = (message: string): string => message.replace(/^Invalid string: /, '');
