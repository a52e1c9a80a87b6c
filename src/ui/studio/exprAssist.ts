/**
 * An expression field's help: the names it may complete at the caret (ids of every kind, variables,
 * functions with their arity) and the compiler's errors for it against the draft's ids. Pure.
 */
import { compileExpr, FUNCTIONS, ID_FUNCTIONS, MATH_FUNCTIONS, RESERVED_VARIABLES, type ExprError, type SymbolTable } from '../../engine';
import type { JSONPath } from 'jsonc-parser';
import type { IdKind } from './parts';

export type NameKind = 'metric' | 'flag' | 'decision' | 'inject' | 'evidence' | 'variable' | 'function';

export interface Completion {
  /** What is inserted (a function with its opening parenthesis). */
  insert: string;
  /** What is listed: the name, and a function's arguments. */
  label: string;
  kind: NameKind;
}

/** The draft's ids an expression may name. */
export function symbolsOf(ids: Record<IdKind, string[]>): SymbolTable {
  return { metrics: new Set(ids.metric), flags: new Set(ids.flag), decisions: new Set(ids.decision), injects: new Set(ids.inject), evidence: new Set(ids.evidence) };
}

/** A function's signature: `clamp(x, x, x)`, `min(x, …)`, `taken(decision)`. */
export function signature(fn: string): string {
  const byId = ID_FUNCTIONS.get(fn);
  if (byId) return `${fn}(${byId.kinds.join(' | ')})`;
  const m = MATH_FUNCTIONS.get(fn) ?? { min: 1, max: 1 };
  const args = Array.from({ length: m.min }, () => 'x');
  if (m.max === Infinity) args.push('…');
  return `${fn}(${args.join(', ')})`;
}

/** Every name an expression may use, ids of the draft first. */
export function namesOf(symbols: SymbolTable): Completion[] {
  const ids = (kind: NameKind, set: ReadonlySet<string>): Completion[] => [...set].map((n) => ({ insert: n, label: n, kind }));
  return [
    ...ids('metric', symbols.metrics),
    ...ids('flag', symbols.flags),
    ...ids('decision', symbols.decisions),
    ...ids('inject', symbols.injects),
    ...ids('evidence', symbols.evidence),
    ...RESERVED_VARIABLES.map((n): Completion => ({ insert: n, label: n, kind: 'variable' })),
    ...FUNCTIONS.map((n): Completion => ({ insert: `${n}(`, label: signature(n), kind: 'function' })),
  ];
}

/** The word being typed before `caret` and the names that complete it (none for an empty word). */
export function completeAt(source: string, caret: number, names: readonly Completion[]): { from: number; items: Completion[] } {
  const word = /[A-Za-z_$][A-Za-z0-9_$]*$/.exec(source.slice(0, caret));
  if (!word) return { from: caret, items: [] };
  const prefix = word[0].toLowerCase();
  const items = names.filter((n) => n.insert.toLowerCase().startsWith(prefix) && n.insert !== word[0]);
  return { from: caret - word[0].length, items: items.slice(0, 12) };
}

/** `source` with the word from `from` to `caret` replaced by `c`, and where the caret goes. */
export function accept(source: string, from: number, caret: number, c: Completion): { text: string; caret: number } {
  const end = caret + (/^[A-Za-z0-9_$]*/.exec(source.slice(caret))?.[0].length ?? 0);
  return { text: source.slice(0, from) + c.insert + source.slice(end), caret: from + c.insert.length };
}

/** The compiler's errors for `source` against the draft's ids (none when it compiles; an empty one is left to the schema). */
export function exprErrors(source: string, symbols: SymbolTable): ExprError[] {
  if (source.trim() === '') return [];
  const r = compileExpr(source, symbols);
  return r.ok ? [] : r.errors;
}

/** The parts whose items' `when` is an expression; an objective's `value` is one too. */
const WHEN_PARTS: ReadonlySet<unknown> = new Set(['decisions', 'injects', 'rules', 'objectives', 'endings']);

/**
 * Whether the string at `path` is an expression, as the forms treat it: a `when` (decisions,
 * injects, rules, objectives, endings), an objective's `value`, an effect's `add` or `set` (a
 * metric's: a flag's is a boolean), an outcome's `weight`.
 */
export function isExprPath(path: JSONPath): boolean {
  const last = path.at(-1);
  if (path.length === 3 && typeof path[1] === 'number') {
    if (last === 'when' && WHEN_PARTS.has(path[0])) return true;
    if (last === 'value' && path[0] === 'objectives') return true;
  }
  if ((last === 'add' || last === 'set') && path.at(-3) === 'effects' && typeof path.at(-2) === 'number') return true;
  return last === 'weight' && path[0] === 'decisions' && path.at(-3) === 'outcomes' && typeof path.at(-2) === 'number';
}
