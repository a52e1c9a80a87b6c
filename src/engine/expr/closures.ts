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

export const number = (f: Num): Compiled => ({ type: 'number', f });
export const boolean = (f: Bool): Compiled => ({ type: 'boolean', f });
export const constant = (v: number | boolean): Compiled =>
  typeof v === 'number' ? number(() => v) : boolean(() => v);

/** Where a number is expected, a boolean counts as 1 or 0. */
export function asNumber(x: Compiled): Num {
  if (x.type === 'number') return x.f;
  const f = x.f;
  return x.type === 'boolean' ? (c) => (f(c) ? 1 : 0) : (c) => toNumber(f(c));
}

/** Where a boolean is expected, any non-zero number is true. */
export function asBoolean(x: Compiled): Bool {
  if (x.type === 'boolean') return x.f;
  const f = x.f;
  return x.type === 'number' ? (c) => f(c) !== 0 : (c) => toBoolean(f(c));
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

/** A comparison of two numbers (booleans already counted as 1 and 0). */
export function comparison(op: string, a: Num, b: Num): Bool | undefined {
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
  return op === '&&' ? (c) => a(c) && b(c) : (c) => a(c) || b(c);
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
  if (yes.type === 'boolean' && no.type === 'boolean') {
    const y = yes.f;
    const n = no.f;
    return boolean((c) => (test(c) ? y(c) : n(c)));
  }
  if (yes.type === 'number' && no.type === 'number') {
    const y = yes.f;
    const n = no.f;
    return number((c) => (test(c) ? y(c) : n(c)));
  }
  const y: Evaluator = yes.f;
  const n: Evaluator = no.f;
  return { type: 'value', f: (c) => (test(c) ? y(c) : n(c)) };
}
