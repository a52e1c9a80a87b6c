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

interface Entry {
  v: unknown;
  key: string | number | undefined;
  parent: Entry | undefined;
  depth: number;
}

function pathOf(entry: Entry): Path {
  const path: (string | number)[] = [];
  for (let e: Entry | undefined = entry; e?.key !== undefined; e = e.parent) path.push(e.key);
  return path.reverse();
}

/** Walk `value` without recursion, reporting what JSON.parse lets through but a scenario must not hold. */
export function inspectValue(value: unknown): Inspection {
  const findings: Finding[] = [];
  // Paths are built only for findings, from parent links: a big scenario has many values.
  const stack: Entry[] = [{ v: value, key: undefined, parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { v, depth } = entry;
    const path = (): Path => pathOf(entry);
    if (depth > MAX_DEPTH) {
      findings.push(error('json/too-deep', `nesting is deeper than ${MAX_DEPTH} levels`, path().slice(0, MAX_DEPTH), { limit: MAX_DEPTH }));
      return { findings, fatal: true };
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      findings.push(error('json/non-finite', `${String(v)} is not a finite number`, path(), { value: String(v) }));
    } else if (typeof v === 'string' && LONE_SURROGATE.test(v)) {
      findings.push(error('json/bad-unicode', 'the string holds an unpaired UTF-16 surrogate', path(), { form: 'string' }));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, parent: entry, depth: depth + 1 });
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child: Entry = { v: (v as Record<string, unknown>)[key], key, parent: entry, depth: depth + 1 };
        if (FORBIDDEN_KEYS.has(key)) {
          findings.push({ ...error('json/forbidden-key', `the key ${JSON.stringify(key)} is not allowed`, pathOf(child), { key }), onKey: true });
        } else if (LONE_SURROGATE.test(key)) {
          findings.push({ ...error('json/bad-unicode', 'the key holds an unpaired UTF-16 surrogate', pathOf(child), { form: 'key' }), onKey: true });
        } else {
          stack.push(child);
        }
      }
    }
  }
  return { findings, fatal: false };
}
