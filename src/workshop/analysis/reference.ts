/** The scenario's reference line replayed on each seed the teams played, over as many turns as they did. */
import { replay, score, type GameState, type LoadedScenario, type PlayError, type PlayLog, type ScoreResult, type TurnChoices } from '../../engine';
import type { Room } from '../types';

export interface ReferenceRun {
  seed: number;
  /** The teams that played this seed. */
  teams: string[];
  state: GameState | null;
  score: ScoreResult | null;
  /** Why the reference could not be replayed (a scenario bug the checker could not see). */
  error: PlayError | null;
}

export interface ReferenceLine {
  /** Decisions per turn (index = turn − 1) over the turns compared. */
  turns: string[][];
  runs: ReferenceRun[];
}

/** The reference plays as one choice per turn, for turns 1..horizon. */
function referenceTurns(loaded: LoadedScenario, horizon: number): TurnChoices[] {
  const plays = loaded.scenario.reference?.plays ?? [];
  const turns: TurnChoices[] = [];
  for (let t = 1; t <= horizon; t++) {
    const here = plays.filter((p) => p.turn === t);
    const assessment = here.reduce<Record<string, number> | undefined>((a, p) => p.assessment ?? a, undefined);
    turns.push({ decisions: here.flatMap((p) => p.decisions), ...(assessment ? { assessment } : {}) });
  }
  return turns;
}

/** Replay the reference with the engine, stopping where its game ends. */
function run(loaded: LoadedScenario, seed: number, turns: TurnChoices[]): { state: GameState | null; error: PlayError | null } {
  const log: PlayLog = { format: 'cellule/log@1', scenario: loaded.scenario.id, scenarioHash: loaded.hash, seed, turns };
  let r = replay(loaded, log);
  if (!r.ok && r.errors[0]!.code === 'log/after-end') {
    const turn = r.errors[0]!.params?.turn;
    if (typeof turn === 'number') r = replay(loaded, { ...log, turns: turns.slice(0, turn - 1) });
  }
  return r.ok ? { state: r.value, error: null } : { state: null, error: r.errors[0]! };
}

/**
 * The reference line on every seed in the room, compared over the turns the teams played
 * (the furthest team's), so a workshop stopped early is not measured against a full game.
 * Null when the scenario has no reference.
 */
export function referenceLine(loaded: LoadedScenario, room: Room): ReferenceLine | null {
  if (!loaded.scenario.reference) return null;
  const horizon = Math.max(0, ...room.teams.map((t) => t.state.turnsPlayed));
  const turns = referenceTurns(loaded, horizon);
  const seeds = [...new Set(room.teams.map((t) => t.seed))];
  const runs = seeds.map((seed) => {
    const { state, error } = run(loaded, seed, turns);
    return { seed, teams: room.teams.filter((t) => t.seed === seed).map((t) => t.id), state, score: state ? score(loaded, state) : null, error };
  });
  const played = Math.max(0, ...runs.map((r) => r.state?.log.length ?? 0));
  return { turns: turns.slice(0, played).map((t) => t.decisions), runs };
}
