/** A run: one game state being advanced in place, with what the steps need around it. */
import { toBoolean, toNumber } from '../expr/types';
import type { LoadedScenario } from '../loaded';
import { advance, unitOf } from '../rng';
import type { GameState } from '../state';
import { makeContext, type StateContext } from './context';
import type { Prepared } from './prepared';

export interface Run {
  readonly loaded: LoadedScenario;
  readonly p: Prepared;
  readonly state: GameState;
  readonly ctx: StateContext;
  /** The first `{end}` effect applied in the current step, applied once the step is finished. */
  pendingEnd: string | null;
  /** The state's per-decision and per-inject counts by index, made on first use (`countsOf`). */
  counts: Counts | null;
}

/**
 * Mirrors, by position in the scenario (arrays of numbers), of `taken`, `lastTaken` and `fired`: legality and due
 * injects read them for every decision and inject each turn, and an array read is cheaper
 * than a lookup by id in the state's prototype-less records. The steps keep both up to date;
 * the state stays the JSON it is.
 */
export interface Counts {
  readonly taken: number[];
  /** The turn each decision was last taken, -Infinity for never. */
  readonly last: number[];
  readonly fired: number[];
}

/** Plain arrays, not typed ones: a typed array's own buffer costs more to make than a game of the tutorial spends reading it. */
const filled = (n: number, v: number): number[] => new Array<number>(n).fill(v);

/** Counts for a new game, whose state has taken and fired nothing yet (nothing to read). */
export function freshCounts(p: Prepared): Counts {
  const n = p.decisionRows.length;
  return { taken: filled(n, 0), last: filled(n, -Infinity), fired: filled(p.injectIds.length, 0) };
}

/** The run's counts, read from its state the first time. */
export function countsOf(run: Run): Counts {
  if (run.counts !== null) return run.counts;
  const { state, p } = run;
  const rows = p.decisionRows;
  const taken = filled(rows.length, 0);
  const last = filled(rows.length, 0);
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]!.id;
    taken[i] = state.taken[id] ?? 0;
    last[i] = state.lastTaken[id] ?? -Infinity;
  }
  const injects = p.injectIds;
  const fired = filled(injects.length, 0);
  for (let i = 0; i < injects.length; i++) fired[i] = state.fired[injects[i]!] ?? 0;
  return (run.counts = { taken, last, fired });
}

/**
 * Wrap a state (mutated in place by the step functions) for advancing. No cache here: a caller
 * that advances the same state turn after turn (a simulator) keeps its run and passes it on.
 */
export function makeRun(loaded: LoadedScenario, state: GameState): Run {
  const p = loaded.prepared;
  return { loaded, p, state, ctx: makeContext(state, p), pendingEnd: null, counts: null };
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
