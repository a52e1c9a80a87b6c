/** Read-only helpers for the debrief's rewind form: the game as it stood at the start of a turn, and what was legal then. */
import type { DecisionStatus, GameState } from '../engine';
import { engine } from './engine';
import type { Session } from './types';

const starts = new WeakMap<GameState, Map<number, GameState>>();

/** The session's game at the start of `turn` (its log replayed up to there); null for a turn not played. */
export function turnStart(session: Session, turn: number): GameState | null {
  const { state, loaded } = session;
  if (!Number.isInteger(turn) || turn < 1 || turn > state.log.length) return null;
  let byTurn = starts.get(state);
  if (!byTurn) starts.set(state, (byTurn = new Map()));
  const held = byTurn.get(turn);
  if (held) return held;
  const r = engine().replay(loaded, { ...engine().toLog(state), turns: state.log.slice(0, turn - 1) });
  if (!r.ok) return null;
  byTurn.set(turn, r.value);
  return r.value;
}

/** Every decision's status at the start of `turn` with `chosen` applied in order (the ops room's rule). */
export function rewindStatuses(session: Session, turn: number, chosen: readonly string[]): DecisionStatus[] {
  const start = turnStart(session, turn);
  return start ? engine().decisionStatuses(session.loaded, start, chosen) : [];
}

/** The assessment in force at the start of `turn` (normalised), for the form's starting values. */
export function assessmentAt(session: Session, turn: number): Record<string, number> {
  const start = turnStart(session, turn);
  return start ? engine().currentAssessment(session.loaded, start) : {};
}
