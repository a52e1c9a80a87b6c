/**
 * The hot seat: the solo game's store around one team's game, so the ops-room panels
 * (decisions, attribution, metrics, feed) serve the team at the keyboard unchanged.
 */
import type { GameState, LoadedScenario } from '../../engine';
import { memoryCatalog } from '../catalog';
import { makeSession } from '../session';
import { memoryStorage } from '../storage';
import { createApp, type App } from '../store';
import type { Language } from '../types';

/** A throw-away solo app (memory storage) for the seat. */
export function createSeat(language: Language): App {
  return createApp({ storage: memoryStorage(), catalog: memoryCatalog({}), language });
}

/** Sit a team down: its game at the current turn, nothing chosen yet. */
export function seatTeam(seat: App, scenarioId: string, loaded: LoadedScenario, state: GameState): void {
  seat.store.setState({ session: makeSession({ kind: 'bundled', id: scenarioId }, loaded, state), screen: 'ops' });
}

/** What the team locks in: its decisions in order, and its attribution board once it has moved it. */
export function seatChoices(seat: App): { decisions: string[]; assessment?: Record<string, number> } | null {
  const s = seat.store.getState().session;
  if (!s) return null;
  const out: { decisions: string[]; assessment?: Record<string, number> } = { decisions: [...s.chosen] };
  if (s.assessed && s.loaded.scenario.actors.length > 0) out.assessment = { ...s.assessment };
  return out;
}
