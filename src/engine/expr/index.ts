/** Cellule's expression language: compile once at load time, evaluate many times. */
import type { CompileResult, ExprError, SymbolTable } from './types';
import type { Compilation, ReferencedIds } from './compile';
import { compileNode } from './compile';
import { finished } from './closures';
import { MAX_LENGTH, syntaxError, unsupported } from './errors';
import { scan } from './lexer';
import { locate } from './locate';
import { parse } from './parser';
import { Suggester } from '../suggest';

export type { CompileResult, Evaluator, ExprContext, ExprError, ExprValue, SymbolTable } from './types';
export { toBoolean, toNumber, RESERVED_NAMES, RESERVED_VARIABLES, FUNCTIONS } from './types';
export type { ReferencedIds } from './compile';
export { MAX_LENGTH, MAX_NESTING } from './errors';
export { resultType } from './closures';

/** Check `source` against `symbols` and compile it to a closure; all errors, located, otherwise. `suggester`: the file's "did you mean" budget. */
export function compileExpr(source: string, symbols: SymbolTable, suggester = new Suggester()): CompileResult {
  const done = compile(source, symbols, suggester);
  return done.errors.length > 0 ? { ok: false, errors: done.errors } : { ok: true, evaluate: done.evaluate };
}

/** The ids `source` names, by kind; undefined when it does not compile. */
export function referencedIds(source: string, symbols: SymbolTable): ReferencedIds | undefined {
  const done = compile(source, symbols, new Suggester());
  return done.errors.length > 0 ? undefined : done.refs;
}

function compile(source: string, symbols: SymbolTable, suggester: Suggester) {
  const refs: ReferencedIds = { metrics: new Set(), flags: new Set(), decisions: new Set(), injects: new Set(), evidence: new Set() };
  const failed = (errors: ExprError[]) => ({ errors, refs, evaluate: () => 0 });
  if (source.length > MAX_LENGTH) {
    const message = `expression too long (${source.length} characters; at most ${MAX_LENGTH})`;
    return failed([unsupported('length', message, MAX_LENGTH)]);
  }
  const scanned = scan(source);
  if (scanned.errors.length > 0) return failed(scanned.errors);
  const parsed = parse(source);
  if (!parsed.ok) return failed([syntaxError(parsed.detail, parsed.offset)]);
  const k: Compilation = { symbols, offsets: locate(parsed.node, scanned.leaves), errors: [], refs, suggester };
  const compiled = compileNode(parsed.node, k);
  return { errors: k.errors, refs, evaluate: finished(compiled) };
}
