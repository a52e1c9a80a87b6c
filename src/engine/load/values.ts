/** Words for values in schema findings: what kind a value is, and a value outside an enumeration. */
import { SCENARIO_FORMAT } from '../schema';
import { didYouMean } from '../suggest';
import { error, quoteList, type Finding, type Path } from './finding';

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

/** A value outside an enumeration; the format version is refused with its own code. */
export function badValue(path: Path, value: unknown, allowed: readonly unknown[]): Finding {
  const options = allowed.filter((a): a is string | number => typeof a === 'string' || typeof a === 'number');
  if (path.length === 1 && path[0] === 'format') {
    const message =
      value === undefined
        ? `missing key "format"; this version reads ${JSON.stringify(SCENARIO_FORMAT)}`
        : `unsupported format ${JSON.stringify(value)}; this version reads ${JSON.stringify(SCENARIO_FORMAT)}`;
    // With no `format` at all, `form: 'missing'` lets the translation say so rather than quote "undefined".
    const params = value === undefined ? { form: 'missing', expected: SCENARIO_FORMAT } : { found: String(value), expected: SCENARIO_FORMAT };
    return error('format/unsupported', message, path, params);
  }
  const hint = typeof value === 'string' ? didYouMean(value, options.map(String)) : '';
  const got = typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : describeValue(value);
  const message = `expected ${options.length === 1 ? '' : 'one of '}${quoteList(options)}, got ${got}${hint}`;
  const params = { allowed: options.join(', '), got };
  return error('schema/bad-value', message, path, params);
}
