/** A problem found while loading, before it is located in the source text. */
import type { Severity } from '../diagnostics';

export type Segment = string | number;
export type Path = readonly Segment[];

export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  params?: Record<string, string | number>;
  path: Path;
  /** Locate the property name at `path` rather than its value (unknown and duplicate keys). */
  onKey?: boolean;
  /** Character offset inside the string value at `path` (expression errors). */
  inString?: number;
  /** Offset in the source text, when the problem is there rather than at a value (syntax). */
  at?: number;
}

/** An error finding; `params` are the facts of the message, for translation. */
export function error(code: string, message: string, path: Path, params?: Record<string, string | number>): Finding {
  return params === undefined ? { severity: 'error', code, message, path } : { severity: 'error', code, message, path, params };
}

export function warning(code: string, message: string, path: Path, params?: Record<string, string | number>): Finding {
  return { ...error(code, message, path, params), severity: 'warning' };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property, never an inherited one (`constructor`, `toString`, …). */
export function own(v: unknown, key: string): unknown {
  return isRecord(v) && Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined;
}

export function hasOwn(v: unknown, key: string): boolean {
  return isRecord(v) && Object.prototype.hasOwnProperty.call(v, key);
}

/** The value at `path` inside `root`, following own properties only. */
export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (typeof seg === 'string') v = own(v, seg);
    else return undefined;
  }
  return v;
}

/** `"a", "b" and "c"` */
export function quoteList(items: readonly (string | number)[], last = 'or'): string {
  const q = items.map((i) => JSON.stringify(i));
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${last} ${q[q.length - 1]}`;
}
