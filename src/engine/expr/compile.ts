/**
 * From jsep's tree to closures, checking every name and call on the way. Errors are
 * collected, not thrown: each node reports its own and the walk goes on.
 */
import type { ExprError, SymbolTable } from './types';
import type { Node } from './parser';
import type { Compiled, Num } from './closures';
import { asBoolean, asNumber, binary, boolean, conditional, constant, flagLeaf, metricLeaf, not, number, turnVariable } from './closures';
import { arity, syntaxError, unknownName, unsupported, unsupportedOperator, wrongKind } from './errors';
import { FUNCTIONS } from './types';
import { suggest, type Suggester } from '../suggest';
import { ID_FUNCTIONS, KIND_PHRASE, MATH_FUNCTIONS, VALUE_HINT, idsOf, isKind, kindOf, valueNames } from './names';
import type { IdFunction, IdKind } from './names';
import { compileMath } from './functions';

/** The ids an expression names, by kind. */
export interface ReferencedIds {
  metrics: Set<string>;
  flags: Set<string>;
  decisions: Set<string>;
  injects: Set<string>;
  evidence: Set<string>;
}

const REF_SET: Readonly<Record<IdKind, keyof ReferencedIds>> = {
  metric: 'metrics',
  flag: 'flags',
  decision: 'decisions',
  inject: 'injects',
  evidence: 'evidence',
};

/** What compiling one tree needs and gathers. */
export interface Compilation {
  readonly symbols: SymbolTable;
  readonly offsets: ReadonlyMap<Node, number>;
  readonly errors: ExprError[];
  readonly refs: ReferencedIds;
  /** The file's budget for "did you mean". */
  readonly suggester: Suggester;
}

const NOTHING: Compiled = constant(0);

/** Compile a node; on error, record it and return a stand-in so the walk can go on. */
export function compileNode(node: Node, k: Compilation): Compiled {
  const at = k.offsets.get(node) ?? 0;
  switch (node.type) {
    case 'Literal': {
      const v = node.value;
      if (typeof v === 'boolean') return constant(v);
      if (typeof v === 'number' && Number.isFinite(v)) return constant(v);
      if (typeof v === 'number') return fail(k, unsupported('number', `number ${String(node.raw)} is too large`, at, { form: 'number', number: String(node.raw) }));
      return fail(k, unsupportedOperator(typeof v === 'string' ? 'string' : String(node.raw), at));
    }
    case 'Identifier':
      return compileName(String(node.name), at, k);
    case 'UnaryExpression': {
      const arg = compileNode(node.argument as Node, k);
      const op = String(node.operator);
      if (op === '!') return boolean(not(asBoolean(arg)));
      if (op === '-') {
        const f = asNumber(arg);
        return number((c) => -f(c));
      }
      if (op === '+') return number(asNumber(arg));
      return fail(k, unsupportedOperator(op, at));
    }
    case 'BinaryExpression':
      return compileBinary(String(node.operator), node.left as Node, node.right as Node, at, k);
    case 'ConditionalExpression': {
      const test = asBoolean(compileNode(node.test as Node, k));
      return conditional(test, compileNode(node.consequent as Node, k), compileNode(node.alternate as Node, k));
    }
    case 'CallExpression':
      return compileCall(node.callee as Node, node.arguments as Node[], at, k);
    case 'MemberExpression':
      return fail(k, unsupportedOperator('.', at));
    case 'ThisExpression':
      return fail(k, unsupportedOperator('this', at));
    case 'ArrayExpression':
      return fail(k, unsupportedOperator('[', at));
    case 'Compound': {
      // The lexer refuses two operands in a row, so this is a second line of defence.
      const second = (node.body as Node[])[1];
      return fail(k, syntaxError('missing operator', second === undefined ? at : (k.offsets.get(second) ?? at)));
    }
    default:
      return fail(k, unsupportedOperator(',', at));
  }
}

function fail(k: Compilation, error: ExprError): Compiled {
  k.errors.push(error);
  return NOTHING;
}

function compileBinary(op: string, left: Node, right: Node, at: number, k: Compilation): Compiled {
  const l = compileNode(left, k);
  const r = compileNode(right, k);
  return binary(op, l, r) ?? fail(k, unsupportedOperator(op, at));
}

/** A bare name: a reserved variable, a metric or a flag. */
function compileName(name: string, at: number, k: Compilation): Compiled {
  const kind = kindOf(name, k.symbols);
  switch (kind) {
    case 'variable':
      return number(variable(name));
    case 'metric':
      k.refs.metrics.add(name);
      return number(metricLeaf(name, positionIn(k.symbols.metrics, name)));
    case 'flag':
      k.refs.flags.add(name);
      return boolean(flagLeaf(name, positionIn(k.symbols.flags, name)));
    case 'function':
      return fail(k, wrongKind(`"${name}" is a function; call it, as in ${name}(…)`, at, { name, kind, form: 'callIt' }));
    case undefined:
      return fail(k, unknownName('name', name, k.suggester.near(name, valueNames(k.symbols, k.suggester)), at));
    default: {
      const use = VALUE_HINT[kind] ?? 'taken';
      const message = `"${name}" is ${KIND_PHRASE[kind]}, not a value; use ${use}(${name})`;
      return fail(k, wrongKind(message, at, { name, kind, use, form: 'notValue' }));
    }
  }
}

/** Each set's names by position (insertion order), made once per set: a file may declare thousands. */
const POSITIONS = new WeakMap<ReadonlySet<string>, Map<string, number>>();

/** `name`'s position in `set`: where a context's `metricValues` or `flagValues` holds it. */
function positionIn(set: ReadonlySet<string>, name: string): number {
  let positions = POSITIONS.get(set);
  if (positions === undefined) {
    positions = new Map([...set].map((id, i) => [id, i]));
    POSITIONS.set(set, positions);
  }
  return positions.get(name)!;
}

function variable(name: string): Num {
  switch (name) {
    case 'turn':
      return turnVariable;
    case 'minutes':
      return (c) => c.minutes;
    case 'staffLeft':
      return (c) => c.staffLeft;
    default:
      return (c) => c.budgetLeft;
  }
}

function compileCall(callee: Node, args: Node[], at: number, k: Compilation): Compiled {
  if (callee.type !== 'Identifier') {
    args.forEach((a) => compileNode(a, k));
    return fail(k, unsupportedOperator('call', at));
  }
  const fn = String(callee.name);
  const math = MATH_FUNCTIONS.get(fn);
  if (math !== undefined) {
    const compiled = args.map((a) => asNumber(compileNode(a, k)));
    if (args.length < math.min || args.length > math.max) return fail(k, arity(fn, math.min, math.max, args.length, at));
    return number(compileMath(fn, compiled));
  }
  const takesId = ID_FUNCTIONS.get(fn);
  if (takesId !== undefined) {
    if (args.length !== 1) return fail(k, arity(fn, 1, 1, args.length, at));
    return compileIdCall(fn, takesId, args[0]!, k);
  }
  args.forEach((a) => compileNode(a, k));
  const kind = kindOf(fn, k.symbols);
  if (kind === undefined) return fail(k, unknownName('function', fn, suggest(fn, FUNCTIONS), at));
  return fail(k, wrongKind(`"${fn}" is ${KIND_PHRASE[kind]}, not a function`, at, { name: fn, kind, form: 'notFunction' }));
}

/** `taken(x)` and its kin: the argument must be a bare id of an accepted kind. */
function compileIdCall(fn: string, { kinds, expects, noun }: IdFunction, arg: Node, k: Compilation): Compiled {
  const at = k.offsets.get(arg) ?? 0;
  if (arg.type !== 'Identifier') {
    const got = arg.type === 'Literal' ? `a ${typeof arg.value}` : 'an expression';
    return fail(k, wrongKind(`${fn}() expects ${expects}, but got ${got}`, at, { fn, expected: expects, got, form: 'argument' }));
  }
  const id = String(arg.name);
  const kind = kinds.find((kd) => isKind(id, kd, k.symbols));
  if (kind === undefined) {
    const actual = kindOf(id, k.symbols);
    if (actual === undefined) return fail(k, unknownName(noun, id, k.suggester.near(id, idsOf(kinds, k.symbols, k.suggester)), at));
    const message = `${fn}() expects ${expects}, but "${id}" is ${KIND_PHRASE[actual]}`;
    return fail(k, wrongKind(message, at, { fn, name: id, expected: expects, kind: actual, form: 'argumentKind' }));
  }
  k.refs[REF_SET[kind]].add(id);
  switch (fn) {
    case 'taken':
      return number((c) => c.taken(id));
    case 'since':
      return number((c) => c.since(id));
    case 'fired':
      return number((c) => c.fired(id));
    case 'found':
      return boolean((c) => c.found(id));
    default:
      return boolean((c) => c.searched(id));
  }
}
