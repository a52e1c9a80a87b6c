/** A run: one game state being advanced in place, with what the steps need around it. */
import type { ExprContext } from '../expr/types';
import { toBoolean, toNumber } from '../expr/types';
import type { LoadedScenario } from '../loaded';
import { advance, unitOf } from '../rng';
import type { GameState } from '../state';
import { makeContext } from './context';
import { prepared, type Prepared } from './prepared';

export interface Run {
  readonly loaded: LoadedScenario;
  readonly p: Prepared;
  readonly state: GameState;
  readonly ctx: ExprContext;
  /** The first `{end}` effect applied in the current step, applied once the step is finished. */
  pendingEnd: string | null;
}

/**
 * The last run made, reused while the same state is advanced call after call. Not a WeakMap of
 * all states: V8 keeps a WeakMap's young keys through minor collections, so every finished
 * random game was copied to the old generation (measured: most of simulation's GC time).
 */
let last: Run | null = null;

/** Wrap a state (mutated in place by the step functions) for advancing. */
export function makeRun(loaded: LoadedScenario, state: GameState): Run {
  if (last !== null && last.state === state && last.loaded === loaded) return last;
  const p = prepared(loaded);
  last = { loaded, p, state, ctx: makeContext(state, p), pendingEnd: null };
  return last;
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
