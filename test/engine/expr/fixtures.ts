/** A symbol table and a hand-set context for expression tests. */
import type { ExprContext, ExprValue, SymbolTable } from '../../../src/engine/expr/types';
import { compileExpr } from '../../../src/engine/expr/index';

export const symbols: SymbolTable = {
  metrics: new Set(['trust', 'load', 'zero', 'neg', 'huge']),
  flags: new Set(['leaked', 'quiet']),
  decisions: new Set(['notifyAnssi', 'isolate']),
  injects: new Set(['ddosWave', 'pressCall']),
  evidence: new Set(['ddosiaConfig', 'vpnLogs']),
};

/** trust 60, load 7, zero 0, neg -4, huge 1e308; leaked true, quiet false; turn 5. */
export const ctx: ExprContext = {
  metrics: { trust: 60, load: 7, zero: 0, neg: -4, huge: 1e308 },
  flags: { leaked: true, quiet: false },
  turn: 5,
  minutes: 120,
  staffLeft: 2,
  budgetLeft: 35,
  taken: (id) => ({ notifyAnssi: 2 })[id] ?? 0,
  since: (id) => ({ notifyAnssi: 3, ddosWave: 1 })[id] ?? 1e9,
  fired: (id) => ({ ddosWave: 4 })[id] ?? 0,
  found: (id) => id === 'ddosiaConfig',
  searched: (id) => id === 'ddosiaConfig' || id === 'vpnLogs',
};

/** Compile `source` and evaluate it in `ctx`; fails the test on any compile error. */
export function run(source: string, context: ExprContext = ctx): ExprValue {
  const r = compileExpr(source, symbols);
  if (!r.ok) throw new Error(`${source}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.evaluate(context);
}

/** The errors of a source that must not compile. */
export function errorsOf(source: string) {
  const r = compileExpr(source, symbols);
  if (r.ok) throw new Error(`${source} compiled, but should not`);
  return r.errors;
}
