/** The hot wash: what the room walks through at the end, computed from the replayed session. */
import { score, type LoadedScenario, type ScoreResult } from '../engine';
import { teamBrier, type TeamBrier } from './analysis/brier';
import { divergences, type Divergence } from './analysis/divergence';
import { keyMoments, type KeyMoment } from './analysis/moments';
import { objectiveMovers, type ObjectiveMovers } from './analysis/movers';
import { referenceLine, type ReferenceLine } from './analysis/reference';
import type { Room } from './types';

export type { TeamBrier, Divergence, KeyMoment, ObjectiveMovers, ReferenceLine };
export type { DivergenceGroup } from './analysis/divergence';
export type { DecisionEffect } from './analysis/movers';
export type { ReferenceRun } from './analysis/reference';
export { brier } from './analysis/brier';

export interface TeamResult {
  team: string;
  name: string;
  seed: number;
  culprit: string | null;
  score: ScoreResult;
  ending: string | null;
  turnsPlayed: number;
  /** Overall score after each turn (index = turn − 1). */
  scores: number[];
}

export interface HotWash {
  teams: TeamResult[];
  divergences: Divergence[];
  movers: ObjectiveMovers[];
  brier: TeamBrier[];
  reference: ReferenceLine | null;
  moments: KeyMoment[];
}

/** Everything the hot wash screen and the after-action report show. */
export function hotWash(loaded: LoadedScenario, room: Room, moments = 8): HotWash {
  return {
    teams: room.teams.map((t) => ({
      team: t.id,
      name: t.name,
      seed: t.seed,
      culprit: t.state.culprit,
      score: score(loaded, t.state),
      ending: t.state.ending?.id ?? null,
      turnsPlayed: t.state.turnsPlayed,
      scores: [...t.scores],
    })),
    divergences: divergences(loaded, room),
    movers: objectiveMovers(loaded, room),
    brier: room.teams.map((t) => teamBrier(loaded, t)),
    reference: referenceLine(loaded, room),
    moments: keyMoments(loaded, room, moments),
  };
}
