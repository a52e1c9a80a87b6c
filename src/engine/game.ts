/** The engine's pure entry points: create a game, see what is legal, play a turn. */
import { normaliseAssessment } from './attribution';
import { playError } from './playError';
import { copyState } from './clone';
import { emptyRecord } from './records';
import { blockReasons } from './core/legal';
import { releasable } from './core/injects';
import { draw, freshCounts, makeRun, type Run } from './core/run';
import { endTurn, release, resolveDecision, resolveDecisionAt, settlePendingEnd, startTurn } from './core/steps';
import type { LoadedScenario } from './loaded';
import { seedState } from './rng';
import type { GameState, TurnChoices } from './state';
import type { DecisionStatus, PlayError, PlayResult, TurnReport } from './types';

/** A new game: the culprit drawn (when `"draw"`), initial values, and the start of turn 1 applied. */
export function createGame(loaded: LoadedScenario, seed: number): GameState {
  return startGame(loaded, seed).state;
}

/** `createGame`, as a run the caller keeps to advance the game in place (simulators). */
export function startGame(loaded: LoadedScenario, seed: number): Run {
  const s = loaded.scenario;
  const state: GameState = {
    format: 'cellule/state@1',
    scenario: s.id,
    scenarioHash: loaded.hash,
    seed,
    rng: seedState(seed),
    culprit: null,
    turn: 1,
    staffLeft: s.resources.staff,
    budgetLeft: s.resources.budget,
    metrics: { ...loaded.prepared.initialMetrics },
    flags: { ...loaded.prepared.initialFlags },
    taken: emptyRecord(),
    firstTaken: emptyRecord(),
    lastTaken: emptyRecord(),
    fired: emptyRecord(),
    lastFired: emptyRecord(),
    found: emptyRecord(),
    searched: emptyRecord(),
    searches: [],
    feed: [],
    outcomes: [],
    scheduled: [],
    nextSeq: 0,
    changes: [],
    flagChanges: [],
    history: [],
    assessment: null,
    violated: emptyRecord(),
    log: [],
    ending: null,
    turnsPlayed: 0,
  };
  const run = makeRun(loaded, state);
  run.counts = freshCounts(run.p);
  state.culprit = drawCulprit(run);
  startTurn(run);
  return run;
}

function drawCulprit(run: Run): string | null {
  const culprit = run.loaded.scenario.culprit;
  const { actors, priors } = run.p;
  if (culprit !== 'draw') return culprit;
  if (actors.length === 0) return null;
  const u = draw(run);
  let acc = 0;
  for (let i = 0; i < actors.length; i++) {
    acc += priors[i]!;
    if (u < acc) return actors[i]!.id;
  }
  return actors[actors.length - 1]!.id;
}

/** A deep copy of a state (states are plain JSON data). */
export function cloneState(state: GameState): GameState {
  return copyState(state);
}

/** A turn being played step by step, in place (for fast simulation: the analyser, benchmarks). */
export interface TurnInProgress {
  readonly run: Run;
  readonly chosen: Set<string>;
  readonly entry: TurnChoices;
}

/**
 * Step 2 of the current turn, in place: check and fire the releases, take the assessment.
 * On error nothing has changed.
 */
export function beginTurn(run: Run, released: readonly string[] = [], assessment?: Record<string, number>): PlayError | TurnInProgress {
  const { loaded, state } = run;
  const t = state.turn;
  if (state.ending) return playError('play/ended', `turn ${t}: the game has already ended`, t);
  const open = new Set(releasable(run));
  for (const id of released) {
    if (!loaded.prepared.injects.has(id)) return playError('play/unknown-release', `turn ${t}: unknown inject "${id}" released`, t);
    if (!open.delete(id)) return playError('play/not-optional', `turn ${t}: inject "${id}" cannot be released now`, t);
  }
  let normalised: Record<string, number> | null = null;
  if (assessment !== undefined) {
    const r = normaliseAssessment(loaded, assessment, t);
    if (!r.ok) return r.errors[0]!;
    normalised = r.value;
  }
  return openTurn(run, released, assessment, normalised);
}

/**
 * `beginTurn` for a caller that built its choices from what is allowed (the random player):
 * releases taken from `releasable` in order, an assessment of finite values ≥ 0 over the actors,
 * not all zero. Nothing is checked; the state changes exactly as `beginTurn` would change it.
 */
export function beginTrustedTurn(run: Run, released: readonly string[], assessment: Record<string, number> | undefined): TurnInProgress {
  return openTurn(run, released, assessment, assessment === undefined ? null : normaliseTrusted(run, assessment));
}

/** `normaliseAssessment`'s numbers for a valid assessment (the same sums in the same order). */
function normaliseTrusted(run: Run, given: Record<string, number>): Record<string, number> {
  const actors = run.p.actors;
  let total = 0;
  for (const a of actors) total += given[a.id] ?? 0;
  const out: Record<string, number> = {};
  for (const a of actors) out[a.id] = (given[a.id] ?? 0) / total;
  return out;
}

function openTurn(run: Run, released: readonly string[], assessment: Record<string, number> | undefined, normalised: Record<string, number> | null): TurnInProgress {
  const { state } = run;
  const entry: TurnChoices = { decisions: [] };
  if (released.length > 0) entry.released = [...released];
  if (assessment !== undefined) entry.assessment = { ...assessment };
  state.log.push(entry);
  state.turnsPlayed = state.turn;
  release(run, released);
  if (normalised) state.assessment = normalised;
  settlePendingEnd(run);
  return { run, chosen: new Set(), entry };
}

/** Step 3 for one decision, in place; an illegal choice is refused before anything changes. */
export function chooseDecision(turn: TurnInProgress, id: string): PlayError | null {
  const { state } = turn.run;
  if (state.ending) return playError('play/ended', `turn ${state.turn}: decision "${id}" comes after the game ended`, state.turn, id);
  const error = resolveDecision(turn.run, id, turn.chosen);
  if (!error) turn.entry.decisions.push(id);
  return error;
}

/** `chooseDecision` for the decision at `index` in the scenario's list (the random player's legal list holds positions). */
export function chooseDecisionAt(turn: TurnInProgress, index: number): PlayError | null {
  const { state } = turn.run;
  if (state.ending) return chooseDecision(turn, turn.run.p.decisionRows[index]!.id);
  const error = resolveDecisionAt(turn.run, index, turn.chosen);
  if (!error) turn.entry.decisions.push(turn.run.p.decisionRows[index]!.id);
  return error;
}

/** Steps 4 and 5 and the next turn's start, in place (nothing when the game already ended). */
export function finishTurn(turn: TurnInProgress): void {
  if (turn.run.state.ending || settlePendingEnd(turn.run)) return;
  endTurn(turn.run);
}

/** Play the current turn in place. On error the state may be half-changed: use `playTurn` unless you own a copy. */
export function playTurnInPlace(loaded: LoadedScenario, state: GameState, choices: TurnChoices): PlayError | null {
  const turn = beginTurn(makeRun(loaded, state), choices.released, choices.assessment);
  if ('code' in turn) return turn;
  for (const id of choices.decisions) {
    const error = chooseDecision(turn, id);
    if (error) return error;
  }
  finishTurn(turn);
  return null;
}

/** Play the current turn; the given state is untouched, an illegal choice changes nothing. */
export function playTurn(
  loaded: LoadedScenario,
  state: GameState,
  choices: TurnChoices,
): PlayResult<{ state: GameState; report: TurnReport }> {
  const next = cloneState(state);
  const mark = { changes: next.changes.length, feed: next.feed.length, searches: next.searches.length, outcomes: next.outcomes.length, flags: next.flagChanges.length };
  const error = playTurnInPlace(loaded, next, choices);
  if (error) return { ok: false, errors: [error] };
  const report: TurnReport = {
    turn: state.turn,
    changes: next.changes.slice(mark.changes),
    fired: next.feed.slice(mark.feed),
    searches: next.searches.slice(mark.searches),
    outcomes: next.outcomes.slice(mark.outcomes).map(({ decision, outcome }) => ({ decision, outcome })),
    flags: next.flagChanges.slice(mark.flags).map(({ flag, value, turn }) => ({ flag, value, turn })),
    ending: next.ending,
  };
  return { ok: true, value: { state: next, report }, warnings: [] };
}

/** Every decision's status given the decisions already chosen this turn, applied in order on a copy. */
export function decisionStatuses(loaded: LoadedScenario, state: GameState, chosen: readonly string[] = []): DecisionStatus[] {
  const scratch = chosen.length > 0 ? cloneState(state) : state;
  const run = makeRun(loaded, scratch);
  const done = new Set<string>();
  for (const id of chosen) resolveDecision(run, id, done);
  return loaded.scenario.decisions.map((d) => {
    const reasons = blockReasons(run, d, done);
    return { id: d.id, legal: reasons.length === 0, reasons };
  });
}

/** The ids of the decisions legal now (nothing chosen yet this turn). */
export function legalDecisions(loaded: LoadedScenario, state: GameState): string[] {
  return decisionStatuses(loaded, state).filter((s) => s.legal).map((s) => s.id);
}

/** Optional injects the facilitator may release this turn. */
export function releasableInjects(loaded: LoadedScenario, state: GameState): string[] {
  return releasable(makeRun(loaded, state));
}
