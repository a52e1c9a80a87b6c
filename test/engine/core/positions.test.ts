/**
 * Compiled leaves read metrics and flags by position when the context has them (a run's context
 * keeps mirrors of the state's records, core/context.ts), by name otherwise. Over random games of
 * every bundled scenario, at every step, every expression of the scenario must give the same value
 * on the run's own context as on a context that reads the same state by name only: the positions
 * agree with the names, and the mirrors stay in step with the state through every change.
 */
import { describe, expect, it } from 'vitest';
import { isLegalAt } from '../../../src/engine/core/legal';
import type { Run } from '../../../src/engine/core/run';
import type { ExprContext, ExprValue } from '../../../src/engine/expr/types';
import { beginTrustedTurn, chooseDecisionAt, finishTurn, startGame } from '../../../src/engine/game';
import type { LoadedScenario } from '../../../src/engine/loaded';
import { PlayerRandom } from '../../../src/engine/sim/randomPlayer';
import { bundledFiles, loadBundled } from '../bundled';

/** The same reads as `c`, by name: no `metricValues` or `flagValues`. */
function byName(c: ExprContext): ExprContext {
  return {
    metrics: c.metrics,
    flags: c.flags,
    turn: c.turn,
    minutes: c.minutes,
    staffLeft: c.staffLeft,
    budgetLeft: c.budgetLeft,
    taken: (id) => c.taken(id),
    since: (id) => c.since(id),
    fired: (id) => c.fired(id),
    found: (id) => c.found(id),
    searched: (id) => c.searched(id),
  };
}

/** Every expression of the scenario evaluated on the run's context, then by name; the first difference, if any. */
function firstDifference(loaded: LoadedScenario, run: Run): string | null {
  const plain = byName(run.ctx);
  for (const [source, evaluate] of loaded.exprs) {
    const fast: ExprValue = evaluate(run.ctx);
    const named: ExprValue = evaluate(plain);
    if (!Object.is(fast, named)) return `turn ${run.state.turn}: ${source} gave ${fast} by position, ${named} by name`;
  }
  return null;
}

/** A random game played step by step, every expression compared after the turn opens and after each decision. */
function checkGame(loaded: LoadedScenario, seed: number): string | null {
  const rnd = new PlayerRandom(seed * 7 + 5);
  const run = startGame(loaded, seed);
  const n = loaded.scenario.decisions.length;
  while (!run.state.ending) {
    const turn = beginTrustedTurn(run, [], undefined);
    let difference = firstDifference(loaded, run);
    while (difference === null && !run.state.ending && rnd.next() > 0.3) {
      const legal = [];
      for (let i = 0; i < n; i++) if (isLegalAt(run, i, turn.chosen)) legal.push(i);
      if (legal.length === 0) break;
      chooseDecisionAt(turn, rnd.pick(legal));
      difference = firstDifference(loaded, run);
    }
    if (difference !== null) return difference;
    finishTurn(turn);
  }
  return firstDifference(loaded, run);
}

describe('expression leaves read by position, as by name', () => {
  for (const file of bundledFiles()) {
    it(file, () => {
      const loaded = loadBundled(file);
      for (let seed = 1; seed <= 40; seed++) expect(checkGame(loaded, seed)).toBeNull();
    });
  }
});
