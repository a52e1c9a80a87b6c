/** A team's draft checked against its game: which of its decisions still apply, and every decision's status after them. */
import { decisionStatuses, type DecisionStatus, type GameState, type LoadedScenario } from '../../engine';
import type { Draft } from './types';

/** The draft's decisions that are legal in order (the others are dropped), and the statuses that follow. */
export function checkDraft(loaded: LoadedScenario, state: GameState, draft: Draft): { kept: string[]; statuses: DecisionStatus[] } {
  const kept: string[] = [];
  let statuses = decisionStatuses(loaded, state);
  for (const id of draft.decisions) {
    if (!statuses.find((s) => s.id === id)?.legal) continue;
    kept.push(id);
    statuses = decisionStatuses(loaded, state, kept);
  }
  return { kept, statuses };
}
