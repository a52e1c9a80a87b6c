/** What the three live views share: a team's status, the public leaderboard, the common header. */
import { totalTurns, type LoadedScenario } from '../../engine';
import { timerState } from '../timer';
import type { Room, TeamView, Workshop } from '../types';
import { leaderboard } from '../views';
import type { PublicRow, SeatStatus } from './types';

/** Whether the team still has to lock the room's turn, has locked it, or has finished its game. */
export function seatStatus(room: Room, team: TeamView): SeatStatus {
  if (team.state.ending) return 'done';
  return team.state.turn > room.turn ? 'locked' : 'open';
}

/** Results are shown to teams and the projector once the facilitator reveals them or ends the workshop. */
export const resultsShown = (room: Room): boolean => room.revealed || room.phase === 'ended';

/** The leaderboard without per-objective scores (the attribution objective would tell the culprit). */
export function publicRows(loaded: LoadedScenario, room: Room): PublicRow[] {
  return leaderboard(loaded, room).map((r) => ({ team: r.team, name: r.name, rank: r.rank, overall: r.score.overall, turnsPlayed: r.turnsPlayed, ending: r.ending }));
}

/** The header every view carries. */
export function header(loaded: LoadedScenario, session: Workshop, room: Room, now: string) {
  return { phase: room.phase, mode: room.mode, turn: room.turn, totalTurns: totalTurns(loaded), timer: timerState(session, room, now), revealed: room.revealed };
}
