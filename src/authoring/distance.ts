/**
 * How far a game is from making an expression true: 0 when it holds, more the further it is.
 * The directed search follows it downhill. Built from the engine's own parser and compiler, so
 * every part is evaluated exactly as the engine evaluates it.
 */
import { asBoolean, asNumber, type Compilation, compileNode, type ExprContext, type ExprNode as Node, type LoadedScenario, parseExpr as parse, Suggester, type SymbolTable } from '../engine';

export type Distance = (c: ExprContext) => number;

const FLIP: Readonly<Record<string, string>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };

/** The scenario's names, as the expression compiler needs them. */
export function symbolsOf(loaded: LoadedScenario): SymbolTable {
  const s = loaded.scenario;
  const ids = <T extends { id: string }>(list: readonly T[]) => new Set(list.map((x) => x.id));
  return { metrics: ids(s.metrics), flags: ids(s.flags), decisions: ids(s.decisions), injects: ids(s.injects), evidence: ids(s.evidence) };
}

/** The distance to truth of an expression of the scenario (which compiled at load time). */
export function distanceTo(source: string, symbols: SymbolTable): Distance {
  const parsed = parse(source);
  if (!parsed.ok) return () => 1;
  const k: Compilation = {
    symbols,
    offsets: new Map(),
    errors: [],
    refs: { metrics: new Set(), flags: new Set(), decisions: new Set(), injects: new Set(), evidence: new Set() },
    suggester: new Suggester(),
  };
  return build(parsed.node, false, k);
}

/**
 * `&&` adds its sides' distances, `||` takes the smaller; a comparison gives its gap, scaled
 * into [0, 1); anything else is 0 or 1. `negate` pushes a `!` down (De Morgan, flipped comparisons).
 */
function build(node: Node, negate: boolean, k: Compilation): Distance {
  if (node.type === 'UnaryExpression' && node.operator === '!') return build(node.argument as Node, !negate, k);
  if (node.type === 'BinaryExpression') {
    const op = String(node.operator);
    const left = node.left as Node;
    const right = node.right as Node;
    if (op === '&&' || op === '||') {
      const a = build(left, negate, k);
      const b = build(right, negate, k);
      return (op === '&&') !== negate ? (c) => a(c) + b(c) : (c) => Math.min(a(c), b(c));
    }
    if (op in FLIP) {
      const l = asNumber(compileNode(left, k));
      const r = asNumber(compileNode(right, k));
      const cmp = negate ? FLIP[op]! : op;
      return (c) => gap(cmp, l(c), r(c));
    }
  }
  const f = asBoolean(compileNode(node, k));
  return negate ? (c) => (f(c) ? 1 : 0) : (c) => (f(c) ? 0 : 1);
}

/** 0 when `l op r` holds, else how far apart the sides are, relative to their size. */
export function gap(op: string, l: number, r: number): number {
  const scaled = (d: number) => d / (d + 1 + Math.abs(l) + Math.abs(r));
  switch (op) {
    case '<': // strict: one more unit to go, so that `taken(x) > 0` at 0 is not already nearly true
      return l < r ? 0 : scaled(l - r + 1);
    case '<=':
      return l <= r ? 0 : scaled(l - r);
    case '>':
      return l > r ? 0 : scaled(r - l + 1);
    case '>=':
      return l >= r ? 0 : scaled(r - l);
    case '==':
      return l === r ? 0 : scaled(Math.abs(l - r));
    default:
      return l !== r ? 0 : 0.5;
  }
}
