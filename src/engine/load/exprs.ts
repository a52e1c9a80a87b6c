/** Compile every expression of a scenario once, locating each error inside its string. */
import { compileExpr, MAX_LENGTH, MAX_NESTING } from '../expr';
import type { CompileResult, Evaluator, ExprError, SymbolTable } from '../expr/types';
import type { Finding } from './finding';
import type { DeclaredIds } from './ids';
import { walkScenario } from './schemaNav';
import type { Suggester } from '../suggest';

const MAX_EXPR_LENGTH = 2000;

export function symbolTable(ids: DeclaredIds): SymbolTable {
  const k = ids.byKind;
  return { metrics: k.metric, flags: k.flag, decisions: k.decision, injects: k.inject, evidence: k.evidence };
}

export interface CompiledExpressions {
  /** Evaluators by source text, for the expressions that compiled. */
  readonly evaluators: Map<string, Evaluator>;
  /** The decisions that some expression names (in taken() or since()). */
  readonly decisionsNamed: ReadonlySet<string>;
}

/** Compile each expression found in `root` (valid or not); report errors at their character. */
export function compileExpressions(root: unknown, ids: DeclaredIds, out: Finding[], suggester: Suggester): CompiledExpressions {
  const symbols = symbolTable(ids);
  const results = new Map<string, CompileResult>();
  walkScenario(root, {
    text() {},
    expression(source, path) {
      if (source.length === 0 || source.length > MAX_EXPR_LENGTH) return; // the schema reports it
      let result = results.get(source);
      if (result === undefined) {
        result = compileExpr(source, symbols, suggester);
        results.set(source, result);
      }
      if (result.ok) return;
      for (const e of result.errors) {
        const base = { severity: 'error' as const, code: e.code, message: e.message, path, inString: e.offset };
        const params = paramsOf(e);
        out.push(params === undefined ? base : { ...base, params });
      }
    },
  });
  const evaluators = new Map<string, Evaluator>();
  const decisionsNamed = new Set<string>();
  for (const [source, r] of results) {
    if (!r.ok) continue;
    evaluators.set(source, r.evaluate);
    // The language has no strings, so every identifier that is a decision id names that decision.
    for (const name of source.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []) if (symbols.decisions.has(name)) decisionsNamed.add(name);
  }
  return { evaluators, decisionsNamed };
}

/** The compiler states its limits only in the message; the translation also needs them as facts. */
function paramsOf(e: ExprError): ExprError['params'] {
  const what = e.params?.what;
  if (e.code !== 'expr/unsupported' || (what !== 'length' && what !== 'nesting')) return e.params;
  return { ...e.params, form: what, count: what === 'length' ? MAX_LENGTH : MAX_NESTING };
}
