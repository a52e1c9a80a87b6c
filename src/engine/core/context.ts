/** The expression context over a live game state: reads through, so it always sees the latest values. */
import type { ExprContext } from '../expr/types';
import type { GameState } from '../state';
import type { Prepared } from './prepared';

export const NEVER = 1e9;

/** A context that reads `state` at evaluation time. */
export function makeContext(state: GameState, p: Prepared): ExprContext {
  return {
    get metrics() {
      return state.metrics;
    },
    get flags() {
      return state.flags;
    },
    get turn() {
      return state.turn;
    },
    get minutes() {
      return p.minutesAt[state.turn] ?? p.minutesAt[p.minutesAt.length - 1]!;
    },
    get staffLeft() {
      return state.staffLeft;
    },
    get budgetLeft() {
      return state.budgetLeft;
    },
    taken: (id) => state.taken[id] ?? 0,
    since: (id) => {
      const last = state.lastTaken[id] ?? state.lastFired[id];
      return last === undefined ? NEVER : state.turn - last;
    },
    fired: (id) => state.fired[id] ?? 0,
    found: (id) => state.found[id] === true,
    searched: (id) => state.searched[id] === true,
  };
}
