/** Which scenario a session was played on, and whether a scenario at hand is exactly that one. */
import type { LoadedScenario, Text } from '../engine';
import type { Workshop } from './types';

/** `same`: id and content hash match; `other-scenario`: another id; `other-version`: same id, other content. */
export type ScenarioFit = 'same' | 'other-scenario' | 'other-version';

/** Compare a loaded scenario with the one the session names. */
export function scenarioFit(session: Pick<Workshop, 'scenario' | 'scenarioHash'>, loaded: LoadedScenario): ScenarioFit {
  if (loaded.scenario.id !== session.scenario) return 'other-scenario';
  return loaded.hash === session.scenarioHash ? 'same' : 'other-version';
}

/** What the facilitator must supply to open a session whose scenario is not at hand. */
export interface ScenarioNeed {
  id: string;
  hash: string;
  /** The title the session recorded; null for files written before titles were kept. */
  title: Text | null;
}

export function scenarioNeed(session: Workshop): ScenarioNeed {
  return { id: session.scenario, hash: session.scenarioHash, title: session.scenarioTitle ?? null };
}

/** The first scenario of `candidates` that is exactly the session's, if any. */
export function findScenario<T extends { loaded: LoadedScenario | null }>(session: Workshop, candidates: readonly T[]): T | null {
  return candidates.find((c) => c.loaded !== null && scenarioFit(session, c.loaded) === 'same') ?? null;
}
