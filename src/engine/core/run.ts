/** A run: one game state being advanced in place, with what the steps need around it. */
import type { ExprContext } from '../expr/types';
import { toBoolean, toNumber } from '../expr/types';
import type { LoadedScenario } from '../loaded';
import { advance, unitOf } from '../rng';
import type { GameState } from '../state';
import { makeContext } from './context';
import type { Prepared } from './prepared';

export interface Run {
  readonly loaded: LoadedScenario;
  readonly p: Prepared;
  readonly state: GameState;
  readonly ctx: ExprContext;
  /** The first `{end}` effect applied in the current step, applied once the step is finished. */
  pendingEnd: string | null;
}

/**
 * Wrap a state (mutated in place by the step functions) for advancing. No cache here: a caller
 * that advances the same state turn after turn (a simulator) keeps its run and passes it on.
 */
export function makeRun(loaded: LoadedScenario, state: GameState): Run {
  const p = loaded.prepared;
  return { loaded, p, state, ctx: makeContext(state, p), pendingEnd: null };
}

/** The next number u in [0, 1) from the game's generator. */
export function draw(run: Run): number {
  const s = advance(run.state.rng);
  run.state.rng = s;
  return unitOf(s);
}

/** A number-or-expression value, evaluated now. */
export function numberOf(run: Run, value: number | string): number {
  return typeof value === 'number' ? value : toNumber(run.p.expr(value)(run.ctx));
}

/** An expression's truth, evaluated now. */
export function holds(run: Run, source: string): boolean {
  return toBoolean(run.p.expr(source)(run.ctx));
}
