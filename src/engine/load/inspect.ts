/** Checks on a parsed value that the schema cannot express: depth, forbidden keys, finite numbers, well-formed strings. */
import { error, type Finding, type Path } from './finding';
import { MAX_DEPTH } from './json';

const FORBIDDEN_KEYS = new Set(['__proto__']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface Inspection {
  findings: Finding[];
  /** Nesting beyond MAX_DEPTH (or a cycle): the value is not checked further. */
  fatal: boolean;
}

/** Walk `value` without recursion, reporting what JSON.parse lets through but a scenario must not hold. */
export function inspectValue(value: unknown): Inspection {
  const findings: Finding[] = [];
  const stack: { v: unknown; path: Path }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (path.length > MAX_DEPTH) {
      findings.push(error('json/too-deep', `nesting is deeper than ${MAX_DEPTH} levels`, path.slice(0, MAX_DEPTH), { limit: MAX_DEPTH }));
      return { findings, fatal: true };
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      findings.push(error('json/non-finite', `${String(v)} is not a finite number`, path, { value: String(v) }));
    } else if (typeof v === 'string' && LONE_SURROGATE.test(v)) {
      findings.push(error('json/bad-unicode', 'the string holds an unpaired UTF-16 surrogate', path));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const at = [...path, key];
        if (FORBIDDEN_KEYS.has(key)) {
          findings.push({ ...error('json/forbidden-key', `the key ${JSON.stringify(key)} is not allowed`, at, { key }), onKey: true });
        } else if (LONE_SURROGATE.test(key)) {
          findings.push({ ...error('json/bad-unicode', 'the key holds an unpaired UTF-16 surrogate', at), onKey: true });
        } else {
          stack.push({ v: (v as Record<string, unknown>)[key], path: at });
        }
      }
    }
  }
  return { findings, fatal: false };
}
