/** Building and updating a session: thin wrappers that call the engine and derive what views show. */
import type { GameState, LoadedScenario, PlayLog, TurnChoices } from '../engine';
import { toPercents } from './assessment';
import { engine } from './engine';
import { referenceRun } from './reference';
import type { Debrief, ScenarioSource, Session } from './types';

const actorIds = (loaded: LoadedScenario) => loaded.scenario.actors.map((a) => a.id);

/** A session around a state, with nothing chosen yet this turn. */
export function makeSession(source: ScenarioSource, loaded: LoadedScenario, state: GameState, replay: Session['replay'] = null): Session {
  const e = engine();
  const totalTurns = e.totalTurns(loaded);
  const session: Session = {
    source,
    loaded,
    state,
    clock: e.clockAt(loaded, state.turn),
    totalTurns,
    timeline: Array.from({ length: totalTurns }, (_, i) => e.clockAt(loaded, i + 1)),
    statuses: [],
    chosen: [],
    pending: { staff: 0, budget: 0 },
    assessment: toPercents(e.currentAssessment(loaded, state), actorIds(loaded)),
    assessed: state.assessment !== null,
    last: null,
    reportOpen: false,
    replay,
    debrief: null,
    branches: [],
    compare: null,
    missed: null,
  };
  return withState(session, state);
}

/** The session moved to a new state: clock, statuses, replay choices and debrief follow. */
export function withState(session: Session, state: GameState): Session {
  const e = engine();
  const { loaded } = session;
  const next: Session = { ...session, state, clock: e.clockAt(loaded, state.turn), chosen: [], debrief: null };
  if (session.replay) {
    const turn = session.replay.log.turns[state.turnsPlayed];
    next.chosen = turn && !state.ending ? [...turn.decisions] : [];
    if (turn?.assessment) next.assessment = toPercents(turn.assessment, actorIds(loaded));
  }
  if (state.ending) next.debrief = debriefOf(loaded, state);
  return withChosen(next, next.chosen);
}

/** The session with these decisions chosen (in order): statuses and pending costs recomputed. */
export function withChosen(session: Session, chosen: string[]): Session {
  const { loaded, state } = session;
  const statuses = state.ending ? [] : engine().decisionStatuses(loaded, state, chosen);
  const pending = { staff: 0, budget: 0 };
  for (const id of chosen) {
    const d = loaded.scenario.decisions.find((x) => x.id === id);
    if (d) {
      pending.staff += d.cost.staff;
      pending.budget += d.cost.budget;
    }
  }
  return { ...session, chosen, statuses, pending };
}

/** Keep, in order, only the chosen decisions that are still legal given the ones kept before them. */
export function pruneChosen(loaded: LoadedScenario, state: GameState, chosen: readonly string[]): string[] {
  const kept: string[] = [];
  for (const id of chosen) {
    const status = engine().decisionStatuses(loaded, state, kept).find((s) => s.id === id);
    if (status?.legal) kept.push(id);
  }
  return kept;
}

/** What this turn sends to the engine. */
export function choicesOf(session: Session): TurnChoices {
  if (session.replay) {
    const turn = session.replay.log.turns[session.state.turnsPlayed];
    return turn ?? { decisions: [] };
  }
  const choices: TurnChoices = { decisions: [...session.chosen] };
  if (session.assessed && session.loaded.scenario.actors.length > 0) choices.assessment = { ...session.assessment };
  return choices;
}

/** Everything the debrief shows, computed once. */
export function debriefOf(loaded: LoadedScenario, state: GameState): Debrief {
  const e = engine();
  const explanations = Object.fromEntries(loaded.scenario.objectives.map((o) => [o.id, e.explainObjective(loaded, state, o.id)]));
  const inputs = Object.fromEntries(loaded.scenario.objectives.map((o) => [o.id, e.objectiveInputs(loaded, state, o.id)]));
  const posterior = e.posterior(loaded, state);
  const ideal = e.score(loaded, { ...state, assessment: posterior });
  const idealAttribution = Object.fromEntries(
    loaded.scenario.objectives.filter((o) => o.type === 'attribution').map((o) => [o.id, ideal.objectives[o.id] ?? 0]),
  );
  return {
    score: e.score(loaded, state),
    explanations,
    trace: e.traceGame(loaded, state),
    inputs,
    priors: e.priors(loaded),
    posterior,
    idealAttribution,
    assessment: e.currentAssessment(loaded, state),
    reference: referenceRun(loaded, state.seed),
  };
}

/** The log of the session's game so far. */
export function logOf(session: Session): PlayLog {
  return engine().toLog(session.state);
}
