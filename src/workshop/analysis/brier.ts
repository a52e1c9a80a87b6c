/** Attribution calibration: the Brier score of each team's assessments against its game's culprit. */
import { currentAssessment, posterior, priors, type LoadedScenario } from '../../engine';
import type { TeamView } from '../types';

export interface TeamBrier {
  team: string;
  culprit: string | null;
  /** Brier of the final assessment, 0 (certain and right) to 2 (certain and wrong); null without actors. */
  final: number | null;
  /** Brier of the assessment in force at the end of each turn (the priors until one is given). */
  perTurn: number[];
  /** Brier of the ideal posterior from the searches this team made: what the evidence allowed. */
  ideal: number | null;
}

/** Σ over actors of (p − truth)², as DESIGN.md's attribution objective. */
export function brier(assessment: Record<string, number>, actors: readonly string[], culprit: string): number {
  return actors.reduce((sum, a) => sum + ((assessment[a] ?? 0) - (a === culprit ? 1 : 0)) ** 2, 0);
}

/** One team's calibration; every figure null or empty when the scenario has no actors. */
export function teamBrier(loaded: LoadedScenario, team: TeamView): TeamBrier {
  const actors = loaded.scenario.actors.map((a) => a.id);
  const culprit = team.state.culprit;
  if (culprit === null || actors.length === 0) return { team: team.id, culprit, final: null, perTurn: [], ideal: null };
  const p = priors(loaded);
  return {
    team: team.id,
    culprit,
    final: brier(currentAssessment(loaded, team.state), actors, culprit),
    perTurn: team.state.history.map((h) => brier(h.assessment ?? p, actors, culprit)),
    ideal: brier(posterior(loaded, team.state), actors, culprit),
  };
}
