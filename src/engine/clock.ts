/** Simulated time: turns, phases and minutes since the start. */
import type { LoadedScenario } from './loaded';

export interface ClockPoint {
  phaseIndex: number;
  phaseId: string;
  /** Simulated minutes elapsed at the start of the turn. */
  minutes: number;
  /** Simulated date and time at the start of the turn, ISO 8601 in UTC. */
  iso: string;
  /** Length of the turn in minutes. */
  minutesPerTurn: number;
}

/** Total number of turns: the sum of the phases' turns. */
export function totalTurns(loaded: LoadedScenario): number {
  return loaded.prepared.totalTurns;
}

/** Where turn `turn` (1-based) starts in simulated time; turns past the end continue the last phase. */
export function clockAt(loaded: LoadedScenario, turn: number): ClockPoint {
  const p = loaded.prepared;
  const phases = loaded.scenario.clock.phases;
  let first = 1;
  let minutes = 0;
  for (let i = 0; i < phases.length; i++) {
    const ph = phases[i]!;
    const last = i === phases.length - 1;
    if (turn < first + ph.turns || last) {
      minutes += Math.max(0, turn - first) * ph.minutesPerTurn;
      const iso = new Date(p.startMs + minutes * 60_000).toISOString();
      return { phaseIndex: i, phaseId: ph.id, minutes, iso, minutesPerTurn: ph.minutesPerTurn };
    }
    minutes += ph.turns * ph.minutesPerTurn;
    first += ph.turns;
  }
  throw new Error('scenario without phases');
}
