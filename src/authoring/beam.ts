/**
 * Beam search over turns: each kept game is expanded into children (one per chooser for its
 * next turn), the children are valued, the best `width` go on. Bounded by a budget of turns.
 */
import { copyState } from './copy';
import type { GameState, LoadedScenario, PlayObserver } from '../engine';
import { stepTurn, type Chooser, type Work } from './line';

export interface BeamConfig {
  width: number;
  /** Stop once this many turns have been simulated in all (checked between children). */
  budget: number;
  /** The choosers for a game's next turn: one child each. */
  children(state: GameState): Chooser[];
  /** A child's value, higher is better (it may play rollouts, which count as work). */
  value(state: GameState): number;
  /** Stop as soon as a child satisfies this (for directed search). */
  goal?(state: GameState): boolean;
  observer?: PlayObserver;
}

export interface BeamResult {
  /** The last beam, best first. */
  beam: GameState[];
  /** The first child that met the goal, if any. */
  goal: GameState | null;
}

/** Run the beam from `root` until every kept game has ended, the goal is met or the budget is spent. */
export function beamSearch(loaded: LoadedScenario, root: GameState, config: BeamConfig, work: Work): BeamResult {
  let beam: { state: GameState; value: number }[] = [{ state: root, value: 0 }];
  while (beam.some((n) => !n.state.ending) && work.turns < config.budget) {
    const next = beam.filter((n) => n.state.ending);
    const seen = new Set(next.map((n) => keyOf(n.state)));
    for (const node of beam) {
      if (node.state.ending) continue;
      for (const choose of config.children(node.state)) {
        if (work.turns >= config.budget) break;
        const child = copyState(node.state);
        stepTurn(loaded, child, choose, work, config.observer);
        const key = keyOf(child);
        if (seen.has(key)) continue;
        seen.add(key);
        if (config.goal?.(child)) return { beam: [child], goal: child };
        next.push({ state: child, value: config.value(child) });
      }
    }
    if (next.length === 0) break;
    next.sort((a, b) => b.value - a.value); // stable: ties keep the order of generation
    beam = next.slice(0, config.width);
  }
  return { beam: beam.map((n) => n.state), goal: null };
}

/** A game's identity in the search: its decisions, turn by turn (the seed is the same for all). */
function keyOf(state: GameState): string {
  return state.log.map((t) => t.decisions.slice().sort().join(',')).join('|');
}
