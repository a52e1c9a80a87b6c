/** The result object `play --json` prints (DESIGN.md "Command line"). */
import type { LoadedScenario } from './loaded';
import { score } from './score';
import type { GameState } from './state';
import type { PlaySummary } from './types';

/** The summary of a game as it stands. */
export function summary(loaded: LoadedScenario, state: GameState): PlaySummary {
  return {
    scenario: state.scenario,
    seed: state.seed,
    culprit: state.culprit,
    ending: state.ending?.id ?? null,
    turnsPlayed: state.turnsPlayed,
    metrics: { ...state.metrics },
    flags: { ...state.flags },
    score: score(loaded, state),
  };
}
