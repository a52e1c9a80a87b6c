/** Which decision moved each objective most, across the teams, from the engine's causes. */
import { explainObjective, objectiveScore, type LoadedScenario, type Objective } from '../../engine';
import type { Room, TeamView } from '../types';

export interface DecisionEffect {
  decision: string;
  /** Teams in whose game it moved the objective. */
  teams: string[];
  /** Its effect on the objective's score (0..1 scale, signed: + helped), per team, in `teams` order. */
  effects: number[];
  /** Mean of `effects`. */
  mean: number;
}

export interface ObjectiveMovers {
  objective: string;
  /** Every decision that moved it, the largest mean effect (either sign) first. */
  decisions: DecisionEffect[];
}

/**
 * A decision's effect on one team's objective: for a metric objective, the net change its
 * effects and outcomes made to the metric, scaled by the objective's range (target − worst)
 * so it reads in score points (before clamping); for a deadline, the score it earned; for an
 * avoid on a decision, −1. Attribution and expression objectives have no decision to credit.
 */
export function decisionEffects(loaded: LoadedScenario, team: TeamView, o: Objective): Map<string, number> {
  const effects = new Map<string, number>();
  if (o.type === 'metric') {
    for (const c of explainObjective(loaded, team.state, o.id)) {
      if (c.cause.kind !== 'decision' && c.cause.kind !== 'outcome') continue;
      effects.set(c.cause.id, (effects.get(c.cause.id) ?? 0) + c.delta / (o.target - o.worst));
    }
  } else if (o.type === 'deadline' && team.state.firstTaken[o.decision] !== undefined) {
    effects.set(o.decision, objectiveScore(loaded, team.state, o));
  } else if (o.type === 'avoid' && o.decision !== undefined && (team.state.taken[o.decision] ?? 0) > 0) {
    effects.set(o.decision, -1);
  }
  return effects;
}

/** For each objective, the decisions that moved it across all teams. */
export function objectiveMovers(loaded: LoadedScenario, room: Room): ObjectiveMovers[] {
  return loaded.scenario.objectives.map((o) => {
    const byDecision = new Map<string, DecisionEffect>();
    for (const team of room.teams) {
      for (const [decision, effect] of decisionEffects(loaded, team, o)) {
        if (effect === 0) continue;
        const entry = byDecision.get(decision) ?? { decision, teams: [], effects: [], mean: 0 };
        entry.teams.push(team.id);
        entry.effects.push(effect);
        byDecision.set(decision, entry);
      }
    }
    const decisions = [...byDecision.values()];
    for (const d of decisions) d.mean = d.effects.reduce((a, b) => a + b, 0) / d.effects.length;
    decisions.sort((a, b) => Math.abs(b.mean) - Math.abs(a.mean) || a.decision.localeCompare(b.decision));
    return { objective: o.id, decisions };
  });
}
