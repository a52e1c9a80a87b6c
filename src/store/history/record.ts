/** A finished game's record for the history, made from its final state. */
import type { LoadedScenario, GameState } from '../../engine';
import { engine } from '../engine';
import type { GameRecord } from './types';

export function recordOf(loaded: LoadedScenario, state: GameState, finishedAt: Date): GameRecord {
  const e = engine();
  const score = e.score(loaded, state);
  const at = finishedAt.toISOString();
  const assessed = state.assessment !== null && state.culprit !== null && loaded.scenario.actors.length > 0;
  return {
    id: `${state.scenario}:${state.seed}:${at}`,
    finishedAt: at,
    scenario: state.scenario,
    scenarioHash: state.scenarioHash,
    title: loaded.scenario.title,
    seed: state.seed,
    turnsPlayed: state.turnsPlayed,
    ending: state.ending?.id ?? null,
    score: { overall: score.overall, categories: { ...score.categories } },
    attribution: assessed ? { assessment: { ...e.currentAssessment(loaded, state) }, culprit: state.culprit! } : null,
  };
}
