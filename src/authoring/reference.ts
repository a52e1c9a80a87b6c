/** The scenario's reference line: is it legal, and what does it score, with the analysis seed and others. */
import { createGame, type GameState, type LoadedScenario, playTurn, score, totalTurns, type TurnChoices } from '../engine';
import type { ReferenceReport } from './report';
import { mixSeed } from './seeds';

const OTHER_SEEDS = 50;

/** The reference's choices for every turn of the game (turns not listed: no decision). */
export function referenceTurns(loaded: LoadedScenario): TurnChoices[] {
  const plays = loaded.scenario.reference?.plays ?? [];
  const last = Math.max(totalTurns(loaded), ...plays.map((p) => p.turn));
  const turns: TurnChoices[] = [];
  for (let t = 1; t <= last; t++) {
    const here = plays.filter((p) => p.turn === t);
    const assessment = here.find((p) => p.assessment !== undefined)?.assessment;
    turns.push({ decisions: here.flatMap((p) => p.decisions), ...(assessment ? { assessment } : {}) });
  }
  return turns;
}

/** Play the reference until the game ends (later plays are not reached); an illegal play stops it. */
export function playReference(loaded: LoadedScenario, seed: number): { state: GameState; error: string | null } {
  let state = createGame(loaded, seed);
  for (const choices of referenceTurns(loaded)) {
    if (state.ending) break;
    const r = playTurn(loaded, state, choices);
    if (!r.ok) return { state, error: r.errors[0]!.message };
    state = r.value.state;
  }
  return { state, error: null };
}

/** Legality and score of the reference line, or null when the scenario has none. */
export function referenceReport(loaded: LoadedScenario, seed: number): ReferenceReport | null {
  if (!loaded.scenario.reference) return null;
  const main = playReference(loaded, seed);
  let legalSeeds = 0;
  let sum = 0;
  for (let k = 0; k < OTHER_SEEDS; k++) {
    const r = playReference(loaded, mixSeed(seed, 7_000_000 + k));
    if (r.error !== null) continue;
    legalSeeds++;
    sum += score(loaded, r.state).overall;
  }
  return {
    seed,
    legal: main.error === null,
    error: main.error,
    score: main.error === null ? score(loaded, main.state) : null,
    ending: main.error === null ? (main.state.ending?.id ?? null) : null,
    seeds: OTHER_SEEDS,
    legalSeeds,
    meanScore: legalSeeds > 0 ? sum / legalSeeds : null,
  };
}
