/**
 * The building blocks of compiled expressions: typed closures over the context, composed
 * directly (no lookups by name, no allocation while evaluating).
 */
import type { Evaluator, ExprContext } from './types';
import { toBoolean, toNumber } from './types';

export type Num = (c: ExprContext) => number;
export type Bool = (c: ExprContext) => boolean;

/** A compiled node with what it is known to give: a number, a boolean, or either (a mixed `?:`). */
export type Compiled = { type: 'number'; f: Num } | { type: 'boolean'; f: Bool } | { type: 'value'; f: Evaluator };

/** What a compiled expression's closure is known to give, for a caller that would convert it (conditions, amounts). */
const RESULT_TYPES = new WeakMap<object, Compiled['type']>();

/** The closure of a whole compiled expression, its result type remembered (`resultType`). */
export function finished(x: Compiled): Evaluator {
  RESULT_TYPES.set(x.f, x.type);
  return x.f;
}

/** `'number'` or `'boolean'` when the evaluator always gives one (then no conversion is needed), else undefined. */
export function resultType(f: Evaluator): Compiled['type'] | undefined {
  return RESULT_TYPES.get(f);
}

export const number = (f: Num): Compiled => ({ type: 'number', f });
export const boolean = (f: Bool): Compiled => ({ type: 'boolean', f });

/**
 * Closures known to give a constant, with their value: operations on constants are folded
 * when compiling, and an operation with one constant operand reads it from the closure's scope
 * instead of calling it (fewer calls per evaluation; the results are the same numbers).
 */
const CONSTANTS = new WeakMap<object, number | boolean>();
function known<F extends Num | Bool>(f: F, v: number | boolean): F {
  CONSTANTS.set(f, v);
  return f;
}
export function constantOf(f: object): number | boolean | undefined {
  return CONSTANTS.get(f);
}
const numberConstant = (v: number): Num => known(() => v, v);
const booleanConstant = (v: boolean): Bool => known(() => v, v);

export const constant = (v: number | boolean): Compiled =>
  typeof v === 'number' ? number(numberConstant(v)) : boolean(booleanConstant(v));

/** A closure over constants only, replaced by its value (evaluated once, with no context: it reads none). */
function fold<F extends Num | Bool>(f: F, ...parts: object[]): F {
  if (!parts.every((x) => CONSTANTS.has(x))) return f;
  const v = f(undefined as unknown as ExprContext);
  return (typeof v === 'number' ? numberConstant(v) : booleanConstant(v)) as F;
}

/** Where a number is expected, a boolean counts as 1 or 0. */
export function asNumber(x: Compiled): Num {
  if (x.type === 'number') return x.f;
  const f = x.f;
  return fold(x.type === 'boolean' ? (c: ExprContext) => (f(c) ? 1 : 0) : (c: ExprContext) => toNumber(f(c)), f);
}

/** Where a boolean is expected, any non-zero number is true. */
export function asBoolean(x: Compiled): Bool {
  if (x.type === 'boolean') return x.f;
  const f = x.f;
  return fold(x.type === 'number' ? (c: ExprContext) => f(c) !== 0 : (c: ExprContext) => toBoolean(f(c)), f);
}

/**
 * Overflow saturates: a result beyond ±Number.MAX_VALUE becomes ±Number.MAX_VALUE, so that no
 * expression over finite values gives ±Infinity (or, later, NaN from Infinity - Infinity), and
 * the sign survives for comparisons. Only `+ - * /` can overflow; the other operations of the
 * language keep finite inputs finite.
 */
export function saturate(x: number): number {
  return x > Number.MAX_VALUE ? Number.MAX_VALUE : x < -Number.MAX_VALUE ? -Number.MAX_VALUE : x;
}

/** A binary operator over two numbers. Division and modulo by zero give 0. */
export function arithmetic(op: string, a: Num, b: Num): Num | undefined {
  const f = arithmeticOf(op, a, b);
  return f === undefined ? undefined : fold(f, a, b);
}

function arithmeticOf(op: string, a: Num, b: Num): Num | undefined {
  const k = constantOf(b);
  const m = METRIC_LEAVES.get(a);
  if (typeof k === 'number' && m !== undefined) {
    switch (op) {
      case '+':
        return (c) => saturate(metricOf(c, m) + k);
      case '-':
        return (c) => saturate(metricOf(c, m) - k);
      case '*':
        return (c) => saturate(metricOf(c, m) * k);
      case '/':
        if (k !== 0) return (c) => saturate(metricOf(c, m) / k);
    }
  }
  if (typeof k === 'number' && !CONSTANTS.has(a)) {
    switch (op) {
      case '+':
        return (c) => saturate(a(c) + k);
      case '-':
        return (c) => saturate(a(c) - k);
      case '*':
        return (c) => saturate(a(c) * k);
      case '/':
        return k === 0 ? (c) => (a(c), 0) : (c) => saturate(a(c) / k);
    }
  }
  const j = constantOf(a);
  if (typeof j === 'number' && !CONSTANTS.has(b)) {
    switch (op) {
      case '+':
        return (c) => saturate(j + b(c));
      case '-':
        return (c) => saturate(j - b(c));
      case '*':
        return (c) => saturate(j * b(c));
    }
  }
  switch (op) {
    case '+':
      return (c) => saturate(a(c) + b(c));
    case '-':
      return (c) => saturate(a(c) - b(c));
    case '*':
      return (c) => saturate(a(c) * b(c));
    case '/':
      return (c) => {
        const x = a(c);
        const d = b(c);
        return d === 0 ? 0 : saturate(x / d);
      };
    case '%':
      return (c) => {
        const x = a(c);
        const d = b(c);
        return d === 0 ? 0 : x % d;
      };
    default:
      return undefined;
  }
}

/**
 * Leaves that read a metric or a flag, with its name and position: an operation on such a leaf
 * and a constant reads the value itself instead of calling the leaf (one call per node fewer;
 * the same read, so the same number).
 */
interface Leaf {
  readonly name: string;
  readonly at: number;
}
const METRIC_LEAVES = new WeakMap<object, Leaf>();
const FLAG_LEAVES = new WeakMap<object, Leaf>();

/** A metric's value (0 when absent, as in any context): by position when the context has them, else by name. */
function metricOf(c: ExprContext, { name, at }: Leaf): number {
  const values = c.metricValues;
  return (values !== undefined ? values[at] : c.metrics[name]) ?? 0;
}

/** A flag (only `true` is true), by position when the context has them. */
function flagOf(c: ExprContext, { name, at }: Leaf): boolean {
  const values = c.flagValues;
  return (values !== undefined ? values[at] : c.flags[name]) === true;
}

/** The metric `name`, at position `at` of the symbol table's metrics, as a number. */
export function metricLeaf(name: string, at: number): Num {
  const leaf: Leaf = { name, at };
  const f: Num = (c) => metricOf(c, leaf);
  METRIC_LEAVES.set(f, leaf);
  return f;
}

/** The flag `name`, at position `at` of the symbol table's flags, as a boolean. */
export function flagLeaf(name: string, at: number): Bool {
  const leaf: Leaf = { name, at };
  const f: Bool = (c) => flagOf(c, leaf);
  FLAG_LEAVES.set(f, leaf);
  return f;
}

/** `!f`, reading the flag itself when `f` is a flag's leaf. */
export function not(f: Bool): Bool {
  const flag = FLAG_LEAVES.get(f);
  if (flag !== undefined) return (c) => !flagOf(c, flag);
  return (c) => !f(c);
}

/** The variable `turn`: known by identity, so that chains of `turn == k ? … :` become tables. */
export const turnVariable: Num = (c) => c.turn;

/** Closures `turn == k` with their k (a whole number from 0 to TABLE_LIMIT). */
const TURN_TESTS = new WeakMap<object, number>();
const TABLE_LIMIT = 1000;

/** Closures that are a table by turn: the constants of `turn == k ? v : …`, and what gives the rest. */
const TURN_TABLES = new WeakMap<object, { values: (number | undefined)[]; fallback: Num }>();

/**
 * `turn == key ? value : rest` as one array read: a chain of such tests on constants is read at
 * `values[turn]` (the outermost test of a key wins, as in the chain), and any other turn gives
 * the chain's last branch. The same number as the chain, with one call instead of one per test.
 */
function turnTable(key: number, value: number, rest: Num): Num {
  const inner = TURN_TABLES.get(rest);
  const values = inner ? inner.values.slice() : [];
  const fallback = inner ? inner.fallback : rest;
  while (values.length <= key) values.push(undefined);
  values[key] = value;
  const f: Num = (c) => {
    const v = values[c.turn];
    return v !== undefined ? v : fallback(c);
  };
  TURN_TABLES.set(f, { values, fallback });
  return f;
}

/** A comparison of two numbers (booleans already counted as 1 and 0). */
export function comparison(op: string, a: Num, b: Num): Bool | undefined {
  const f = comparisonOf(op, a, b);
  return f === undefined ? undefined : fold(f, a, b);
}

function comparisonOf(op: string, a: Num, b: Num): Bool | undefined {
  const k = constantOf(b);
  const m = METRIC_LEAVES.get(a);
  if (typeof k === 'number' && m !== undefined) {
    switch (op) {
      case '<':
        return (c) => metricOf(c, m) < k;
      case '>':
        return (c) => metricOf(c, m) > k;
      case '<=':
        return (c) => metricOf(c, m) <= k;
      case '>=':
        return (c) => metricOf(c, m) >= k;
    }
  }
  if (typeof k === 'number' && !CONSTANTS.has(a)) {
    switch (op) {
      case '<':
        return (c) => a(c) < k;
      case '>':
        return (c) => a(c) > k;
      case '<=':
        return (c) => a(c) <= k;
      case '>=':
        return (c) => a(c) >= k;
      case '==': {
        const f: Bool = (c) => a(c) === k;
        if (a === turnVariable && Number.isInteger(k) && k >= 0 && k <= TABLE_LIMIT) TURN_TESTS.set(f, k);
        return f;
      }
      case '!=':
        return (c) => a(c) !== k;
    }
  }
  switch (op) {
    case '<':
      return (c) => a(c) < b(c);
    case '>':
      return (c) => a(c) > b(c);
    case '<=':
      return (c) => a(c) <= b(c);
    case '>=':
      return (c) => a(c) >= b(c);
    case '==':
      return (c) => a(c) === b(c);
    case '!=':
      return (c) => a(c) !== b(c);
    default:
      return undefined;
  }
}

/** `&&` and `||`, short-circuiting, always giving a boolean. */
export function logical(op: '&&' | '||', a: Bool, b: Bool): Bool {
  return fold(op === '&&' ? (c: ExprContext) => a(c) && b(c) : (c: ExprContext) => a(c) || b(c), a, b);
}

/** A binary operator of the language, or undefined for any other. */
export function binary(op: string, l: Compiled, r: Compiled): Compiled | undefined {
  if (op === '&&' || op === '||') return boolean(logical(op, asBoolean(l), asBoolean(r)));
  const compared = comparison(op, asNumber(l), asNumber(r));
  if (compared !== undefined) return boolean(compared);
  const computed = arithmetic(op, asNumber(l), asNumber(r));
  return computed === undefined ? undefined : number(computed);
}

/** `min`/`max` over one or more numbers, without building an array per evaluation. */
export function extremum(pick: (x: number, y: number) => number, args: readonly Num[]): Num {
  const [first, second, ...rest] = args;
  if (first === undefined) return () => 0;
  if (second === undefined) return first;
  if (rest.length === 0) return (c) => pick(first(c), second(c));
  const all = args.slice();
  return (c) => {
    let v = first(c);
    for (let i = 1; i < all.length; i++) v = pick(v, all[i]!(c));
    return v;
  };
}

/** `?:` keeps the type of its branches when they agree. */
export function conditional(test: Bool, yes: Compiled, no: Compiled): Compiled {
  const k = constantOf(test);
  if (typeof k === 'boolean') return k ? yes : no;
  if (yes.type === 'boolean' && no.type === 'boolean') {
    const y = yes.f;
    const n = no.f;
    return boolean((c) => (test(c) ? y(c) : n(c)));
  }
  if (yes.type === 'number' && no.type === 'number') {
    const y = yes.f;
    const n = no.f;
    const ky = constantOf(y);
    const kn = constantOf(n);
    const key = TURN_TESTS.get(test);
    if (key !== undefined && typeof ky === 'number') return number(turnTable(key, ky, n));
    const flag = FLAG_LEAVES.get(test);
    if (flag !== undefined && typeof ky === 'number' && typeof kn === 'number') return number((c) => (flagOf(c, flag) ? ky : kn));
    if (typeof ky === 'number' && typeof kn === 'number') return number((c) => (test(c) ? ky : kn));
    if (typeof ky === 'number') return number((c) => (test(c) ? ky : n(c)));
    if (typeof kn === 'number') return number((c) => (test(c) ? y(c) : kn));
    return number((c) => (test(c) ? y(c) : n(c)));
  }
  const y: Evaluator = yes.f;
  const n: Evaluator = no.f;
  return { type: 'value', f: (c) => (test(c) ? y(c) : n(c)) };
}
