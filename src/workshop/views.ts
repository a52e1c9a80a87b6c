/** What the facilitator's screen reads from the room: whose turn, the leaderboard, each team's game. */
import { score, toLog, type GameState, type LoadedScenario, type PlayLog, type ScoreResult } from '../engine';
import { replayWorkshop } from './room';
import type { Room, TeamView, Workshop, WorkshopResult } from './types';

/** Each team's engine state, by team id, obtained by replaying the session. */
export function teamStates(loaded: LoadedScenario, session: Workshop): WorkshopResult<Record<string, GameState>> {
  const r = replayWorkshop(loaded, session);
  if (!r.ok) return r;
  return { ok: true, value: Object.fromEntries(r.value.teams.map((t) => [t.id, t.state])) };
}

/** Each team's game as a play log `cellule/log@1` (what `cellule play` and `replay` take). */
export function teamLogs(room: Room): Record<string, PlayLog> {
  return Object.fromEntries(room.teams.map((t) => [t.id, toLog(t.state)]));
}

/** The turn the room is playing. */
export function currentTurn(room: Room): number {
  return room.turn;
}

/** The team in the hot seat (also while paused); null before the start, after the end, or when every game is over. */
export function whoseTurn(room: Room): TeamView | null {
  return room.phase === 'setup' || room.active === null ? null : (room.teams[room.active] ?? null);
}

/** Hot seat: the team in the seat has said it is ready (the hand-over is over and its timer runs). */
export function seatTaken(room: Room): boolean {
  const team = whoseTurn(room);
  return team !== null && room.ready === `${team.id}/${team.state.turn}`;
}

/** True once every team's game has reached an ending. */
export function allGamesOver(room: Room): boolean {
  return room.teams.every((t) => t.state.ending !== null);
}

/** The leaderboard shows unless the setup hid it, until it is revealed or the workshop ends. */
export function leaderboardVisible(session: Workshop, room: Room): boolean {
  return !session.hideLeaderboard || room.revealed || room.phase === 'ended';
}

export interface LeaderRow {
  team: string;
  name: string;
  /** 1-based; tied teams share a rank (1, 1, 3). */
  rank: number;
  score: ScoreResult;
  turnsPlayed: number;
  ending: string | null;
}

/** Teams by overall score so far, best first; ties keep setup order. */
export function leaderboard(loaded: LoadedScenario, room: Room): LeaderRow[] {
  const rows = room.teams.map((t) => ({
    team: t.id,
    name: t.name,
    rank: 0,
    score: score(loaded, t.state),
    turnsPlayed: t.state.turnsPlayed,
    ending: t.state.ending?.id ?? null,
  }));
  rows.sort((a, b) => b.score.overall - a.score.overall);
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    row.rank = prev && Math.abs(prev.score.overall - row.score.overall) < 1e-9 ? prev.rank : i + 1;
  });
  return rows;
}
