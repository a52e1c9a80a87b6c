/**
 * What the engine says each team scored: each team's play log rebuilt from the workshop
 * session file the browser exported, replayed by the engine in the Node test process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../../src/engine/load';
import type { LoadedScenario } from '../../../src/engine/loaded';
import { replay } from '../../../src/engine/log';
import { score } from '../../../src/engine/score';
import type { GameState, PlayLog, ScoreResult, TurnChoices } from '../../../src/engine';

export function flagship(): LoadedScenario {
  const path = fileURLToPath(new URL('../../../scenarios/la-poste-ddos.json', import.meta.url));
  const r = loadScenario(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
}

interface SessionFile {
  scenario: string;
  scenarioHash: string;
  teams: { id: string; name: string; seed: number }[];
  events: ({ type: string; team?: string; turn?: number; decisions?: string[]; released?: string[]; assessment?: Record<string, number> })[];
}

/**
 * Each team's turns from the session's locks, in turn order. `advanced` lists the slots the test
 * itself ended with "advance" (team and turn): those turns were played with no decision.
 */
export function teamLogs(session: SessionFile, advanced: { team: string; turn: number }[]): Record<string, PlayLog> {
  const logs: Record<string, PlayLog> = {};
  for (const team of session.teams) {
    const turns = new Map<number, TurnChoices>();
    for (const e of session.events) {
      if (e.type !== 'lock' || e.team !== team.id) continue;
      const choices: TurnChoices = { decisions: e.decisions ?? [] };
      if (e.released && e.released.length > 0) choices.released = e.released;
      if (e.assessment) choices.assessment = e.assessment;
      turns.set(e.turn!, choices);
    }
    for (const a of advanced) if (a.team === team.id) turns.set(a.turn, { decisions: [] });
    const ordered = [...turns.entries()].sort((a, b) => a[0] - b[0]);
    ordered.forEach(([turn], i) => {
      if (turn !== i + 1) throw new Error(`${team.name}: turn ${i + 1} missing from the session`);
    });
    logs[team.id] = { format: 'cellule/log@1', scenario: session.scenario, scenarioHash: session.scenarioHash, seed: team.seed, turns: ordered.map(([, c]) => c) };
  }
  return logs;
}

/** The engine's final state and score for a log (throws if the engine refuses it). */
export function engineResult(loaded: LoadedScenario, log: PlayLog): { state: GameState; score: ScoreResult } {
  const r = replay(loaded, log);
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return { state: r.value, score: score(loaded, r.value) };
}
