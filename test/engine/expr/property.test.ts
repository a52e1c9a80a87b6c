/** Random well-formed expressions: compiling never throws, evaluating gives a finite number or a boolean. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileExpr } from '../../../src/engine/expr/index';
import type { ExprContext, ExprValue } from '../../../src/engine/expr/types';
import { symbols } from './fixtures';

type Tree =
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'call'; fn: string; args: Tree[] }
  | { t: 'id'; fn: string; id: string }
  | { t: 'un'; op: string; a: Tree }
  | { t: 'bin'; op: string; a: Tree; b: Tree }
  | { t: 'if'; c: Tree; a: Tree; b: Tree };

const NAMES = ['trust', 'load', 'zero', 'neg', 'huge', 'leaked', 'quiet', 'turn', 'minutes', 'staffLeft', 'budgetLeft', 'true', 'false'];
const BINARY = ['+', '-', '*', '/', '%', '<', '>', '<=', '>=', '==', '!=', '&&', '||'];
const ID_CALLS: [string, string[]][] = [
  ['taken', ['notifyAnssi', 'isolate']],
  ['since', ['notifyAnssi', 'ddosWave']],
  ['fired', ['ddosWave', 'pressCall']],
  ['found', ['ddosiaConfig', 'vpnLogs']],
  ['searched', ['ddosiaConfig', 'vpnLogs']],
];

const { tree } = fc.letrec<{ tree: Tree }>((go) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((v): Tree => ({ t: 'num', v })),
    fc.constantFrom(...NAMES).map((v): Tree => ({ t: 'name', v })),
    fc.constantFrom(...ID_CALLS).chain(([fn, ids]) => fc.constantFrom(...ids).map((id): Tree => ({ t: 'id', fn, id }))),
    fc.tuple(fc.constantFrom('!', '-', '+'), go('tree')).map(([op, a]): Tree => ({ t: 'un', op, a })),
    fc.tuple(fc.constantFrom(...BINARY), go('tree'), go('tree')).map(([op, a, b]): Tree => ({ t: 'bin', op, a, b })),
    fc.tuple(go('tree'), go('tree'), go('tree')).map(([c, a, b]): Tree => ({ t: 'if', c, a, b })),
    fc.oneof(
      fc.tuple(fc.constantFrom('min', 'max'), fc.array(go('tree'), { minLength: 1, maxLength: 4 })),
      fc.tuple(fc.constantFrom('abs', 'round'), fc.array(go('tree'), { minLength: 1, maxLength: 1 })),
      fc.tuple(fc.constant('clamp'), fc.array(go('tree'), { minLength: 3, maxLength: 3 })),
    ).map(([fn, args]): Tree => ({ t: 'call', fn, args })),
  ),
}));

/** Fully parenthesised, so the reference below needs no precedence. */
function print(x: Tree): string {
  switch (x.t) {
    case 'num':
      return x.v < 0 || Object.is(x.v, -0) ? `(-${String(-x.v)})` : String(x.v);
    case 'name':
      return x.v;
    case 'id':
      return `${x.fn}(${x.id})`;
    case 'call':
      return `${x.fn}(${x.args.map(print).join(', ')})`;
    case 'un':
      return `${x.op}(${print(x.a)})`;
    case 'bin':
      return `(${print(x.a)}) ${x.op} (${print(x.b)})`;
    case 'if':
      return `(${print(x.c)}) ? (${print(x.a)}) : (${print(x.b)})`;
  }
}

const num = (v: ExprValue): number => (v === true ? 1 : v === false ? 0 : v);
const fin = (v: number): number => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, v));

/** A tree-walking reference of DESIGN's semantics, independent of the compiler's closures. */
function reference(x: Tree, c: ExprContext): ExprValue {
  switch (x.t) {
    case 'num':
      return x.v;
    case 'name':
      if (x.v === 'true' || x.v === 'false') return x.v === 'true';
      if (x.v in c.flags) return c.flags[x.v]!;
      if (x.v in c.metrics) return c.metrics[x.v]!;
      return c[x.v as 'turn'];
    case 'id':
      return (c[x.fn as 'taken'] as (id: string) => ExprValue)(x.id);
    case 'call': {
      const a = x.args.map((y) => num(reference(y, c)));
      if (x.fn === 'min') return Math.min(...a);
      if (x.fn === 'max') return Math.max(...a);
      if (x.fn === 'abs') return Math.abs(a[0]!);
      if (x.fn === 'round') return Math.round(a[0]!);
      return Math.min(Math.max(a[0]!, a[1]!), a[2]!);
    }
    case 'un': {
      const a = reference(x.a, c);
      return x.op === '!' ? num(a) === 0 : x.op === '-' ? -num(a) : num(a);
    }
    case 'if':
      return num(reference(x.c, c)) !== 0 ? reference(x.a, c) : reference(x.b, c);
    case 'bin': {
      const a = num(reference(x.a, c));
      if (x.op === '&&') return a !== 0 && num(reference(x.b, c)) !== 0;
      if (x.op === '||') return a !== 0 || num(reference(x.b, c)) !== 0;
      const b = num(reference(x.b, c));
      const ops: Record<string, () => ExprValue> = {
        '+': () => fin(a + b),
        '-': () => fin(a - b),
        '*': () => fin(a * b),
        '/': () => (b === 0 ? 0 : fin(a / b)),
        '%': () => (b === 0 ? 0 : a % b),
        '<': () => a < b,
        '>': () => a > b,
        '<=': () => a <= b,
        '>=': () => a >= b,
        '==': () => a === b,
        '!=': () => a !== b,
      };
      return ops[x.op]!();
    }
  }
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const context = fc
  .record({ trust: finite, load: finite, neg: finite, huge: finite, leaked: fc.boolean(), quiet: fc.boolean(), turn: fc.nat(50), n: fc.nat(9) })
  .map(
    (r): ExprContext => ({
      metrics: { trust: r.trust, load: r.load, zero: 0, neg: r.neg, huge: r.huge },
      flags: { leaked: r.leaked, quiet: r.quiet },
      turn: r.turn,
      minutes: r.turn * 30,
      staffLeft: r.n,
      budgetLeft: r.n * 10,
      taken: (id) => id.length % (r.n + 1),
      since: (id) => (id === 'isolate' ? 1e9 : r.n),
      fired: () => r.n,
      found: (id) => r.leaked && id === 'vpnLogs',
      searched: () => r.quiet,
    }),
  );

describe('random expressions', () => {
  test('compile without throwing and evaluate to a finite number or a boolean, as the reference does', () => {
    fc.assert(
      fc.property(tree, context, (x, c) => {
        const source = print(x);
        const r = compileExpr(source, symbols);
        if (!r.ok) {
          // Well-formed trees can only be refused for their size.
          expect(r.errors.map((e) => e.params?.what)).toEqual([source.length > 2000 ? 'length' : 'nesting']);
          return;
        }
        const v = r.evaluate(c);
        expect(typeof v === 'boolean' || Number.isFinite(v)).toBe(true);
        expect(v).toBe(reference(x, c));
      }),
      { numRuns: 2000 },
    );
  });

  test('arbitrary text never makes the compiler throw', () => {
    const alphabet = fc.constantFrom(...'()[]{}.,;:?!=<>+-*/%&|^~"\'` 0123456789eE_$abtrustloadmin\u00e9\u2212'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (source) => {
        const r = compileExpr(source, symbols);
        if (r.ok) {
          const v = r.evaluate(symbolsContext);
          expect(typeof v === 'boolean' || Number.isFinite(v)).toBe(true);
        } else {
          for (const e of r.errors) expect(e.offset >= 0 && e.offset <= source.length).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

const symbolsContext: ExprContext = {
  metrics: { trust: 1, load: 2, zero: 0, neg: -1, huge: 1e308 },
  flags: { leaked: true, quiet: false },
  turn: 1,
  minutes: 0,
  staffLeft: 1,
  budgetLeft: 1,
  taken: () => 0,
  since: () => 1e9,
  fired: () => 0,
  found: () => false,
  searched: () => false,
};
