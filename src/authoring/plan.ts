/** A plan: the decisions to take in each turn (indexes into the scenario's decisions), played open-loop. */
import { type GameState, type LoadedScenario, score, type PlayObserver } from '../engine';
import { sequence, stepTurn, type Work } from './line';

export type Plan = readonly (readonly number[])[];

/** The plan a game followed, from its log. */
export function planOf(loaded: LoadedScenario, state: GameState): number[][] {
  const index = indexOf(loaded);
  return state.log.map((t) => t.decisions.map((id) => index.get(id)!));
}

const indexes = new WeakMap<LoadedScenario, Map<string, number>>();
/** Decision id → its index in the scenario. */
export function indexOf(loaded: LoadedScenario): Map<string, number> {
  let m = indexes.get(loaded);
  if (!m) indexes.set(loaded, (m = new Map(loaded.scenario.decisions.map((d, i) => [d.id, i]))));
  return m;
}

/**
 * Play `plan` from the state's current turn to the end of the game, in place: each turn takes
 * its planned decisions in order, skipping banned ones and any not legal when its moment
 * comes; turns past the plan take none.
 */
export function playPlan(loaded: LoadedScenario, state: GameState, plan: Plan, banned: ReadonlySet<number>, work: Work, observer?: PlayObserver): GameState {
  while (!state.ending) {
    const planned = (plan[state.turn - 1] ?? []).filter((i) => !banned.has(i));
    stepTurn(loaded, state, sequence(planned), work, observer);
  }
  return state;
}

/** The best complete game seen so far (the first of equals); `onGame` sees every game considered. */
export class Keeper {
  best: { state: GameState; overall: number } | null = null;
  constructor(
    private readonly loaded: LoadedScenario,
    private readonly onGame?: (state: GameState) => void,
  ) {}
  /** Consider a finished game; returns its overall score. */
  consider(state: GameState): number {
    const overall = score(this.loaded, state).overall;
    this.onGame?.(state);
    if (!this.best || overall > this.best.overall) this.best = { state, overall };
    return overall;
  }
}
