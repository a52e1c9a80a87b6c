/** Where the teams parted ways: turns in which they chose different decisions. */
import { score, type LoadedScenario } from '../../engine';
import type { Room } from '../types';

export interface DivergenceGroup {
  /** The decisions this group took that turn, in the order taken (empty: none). */
  decisions: string[];
  teams: string[];
  /** Mean overall score (0–100) these teams have now. */
  meanScore: number;
}

export interface Divergence {
  turn: number;
  /** Teams that took the same set of decisions, largest group first. */
  groups: DivergenceGroup[];
  /** How far apart the groups ended: the highest group mean score minus the lowest. */
  gap: number;
}

/**
 * Every turn played by two teams or more in which they did not all take the same set of
 * decisions, the widest score gap between the groups first (then by turn).
 */
export function divergences(loaded: LoadedScenario, room: Room): Divergence[] {
  const overall = new Map(room.teams.map((t) => [t.id, score(loaded, t.state).overall]));
  const lastTurn = Math.max(0, ...room.teams.map((t) => t.state.log.length));
  const found: Divergence[] = [];
  for (let turn = 1; turn <= lastTurn; turn++) {
    const byKey = new Map<string, { decisions: string[]; teams: string[] }>();
    let players = 0;
    for (const team of room.teams) {
      const played = team.state.log[turn - 1];
      if (!played) continue;
      players++;
      const key = [...played.decisions].sort().join(' ');
      const group = byKey.get(key) ?? { decisions: [...played.decisions], teams: [] };
      group.teams.push(team.id);
      byKey.set(key, group);
    }
    if (players < 2 || byKey.size < 2) continue;
    const groups = [...byKey.values()]
      .map((g) => ({ ...g, meanScore: g.teams.reduce((s, id) => s + overall.get(id)!, 0) / g.teams.length }))
      .sort((a, b) => b.teams.length - a.teams.length);
    const means = groups.map((g) => g.meanScore);
    found.push({ turn, groups, gap: Math.max(...means) - Math.min(...means) });
  }
  return found.sort((a, b) => b.gap - a.gap || a.turn - b.turn);
}
