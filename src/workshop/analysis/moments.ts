/** Key moments: the largest single metric swings in any team's game, with their causes. */
import type { Cause, LoadedScenario } from '../../engine';
import type { Room } from '../types';

export interface KeyMoment {
  team: string;
  turn: number;
  metric: string;
  from: number;
  to: number;
  /** |to − from| as a share of the metric's range (0..1), so metrics of any scale compare. */
  swing: number;
  cause: Cause;
  via?: 'delay' | 'undo';
}

/** The `limit` largest swings across all teams, largest first (ties: earlier turn, then team order). */
export function keyMoments(loaded: LoadedScenario, room: Room, limit = 8): KeyMoment[] {
  const range = new Map(loaded.scenario.metrics.map((m) => [m.id, m.max - m.min]));
  const moments: (KeyMoment & { order: number })[] = [];
  room.teams.forEach((team, order) => {
    for (const c of team.state.changes) {
      const span = range.get(c.metric) ?? 0;
      if (span <= 0 || c.to === c.from) continue;
      const m: KeyMoment & { order: number } = { team: team.id, turn: c.turn, metric: c.metric, from: c.from, to: c.to, swing: Math.abs(c.to - c.from) / span, cause: c.cause, order };
      if (c.via) m.via = c.via;
      moments.push(m);
    }
  });
  moments.sort((a, b) => b.swing - a.swing || a.turn - b.turn || a.order - b.order);
  return moments.slice(0, limit).map(({ order: _order, ...m }) => m);
}
