/** A fast deep copy of a game state for the searches, which copy states by the thousand. */
import { cloneState, type GameState } from '../engine';

/** The engine's `cloneState`: a typed copy, several times faster than `structuredClone`. */
export function copyState(state: GameState): GameState {
  return cloneState(state);
}
