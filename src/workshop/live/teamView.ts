/** A team device's view: its own game as its players need it, and nothing about the others but counts. */
import type { GameState, LoadedScenario } from '../../engine';
import type { Room, Workshop } from '../types';
import { header, publicRows, resultsShown, seatStatus } from './common';
import { checkDraft } from './draft';
import type { Draft, PlayerView, TurnReport } from './types';

/** What team `teamId` may see at `now`, with its draft's statuses; null for an unknown team. */
export function teamView(loaded: LoadedScenario, session: Workshop, room: Room, teamId: string, now: string, draft: Draft = { decisions: [] }): PlayerView | null {
  const team = room.teams.find((t) => t.id === teamId);
  if (!team) return null;
  const s = team.state;
  const visible = new Set(loaded.scenario.metrics.filter((m) => m.visible !== false).map((m) => m.id));
  const pick = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).filter(([id]) => visible.has(id)));
  const playing = room.teams.filter((t) => seatStatus(room, t) !== 'done');
  const { kept, statuses } = checkDraft(loaded, s, draft);
  return {
    role: 'team',
    ...header(loaded, session, room, now),
    team: { id: team.id, name: team.name },
    status: seatStatus(room, team),
    locks: { locked: playing.filter((t) => seatStatus(room, t) === 'locked').length, of: playing.length },
    game: {
      turn: s.turn,
      turnsPlayed: s.turnsPlayed,
      staffLeft: s.staffLeft,
      budgetLeft: s.budgetLeft,
      metrics: pick(s.metrics),
      history: s.history.map((h) => ({ turn: h.turn, metrics: pick(h.metrics) })),
      feed: s.feed.map((f) => ({ ...f })),
      found: Object.keys(s.found).filter((id) => s.found[id]),
      log: structuredClone(s.log),
      assessment: s.assessment ? { ...s.assessment } : null,
      ending: s.ending ? { ...s.ending } : null,
    },
    decisions: statuses.map((d) => ({ id: d.id, legal: d.legal, reasons: d.reasons })),
    draft: { decisions: kept, ...(draft.assessment ? { assessment: { ...draft.assessment } } : {}) },
    report: lastReport(s, visible),
    leaderboard: resultsShown(room) ? publicRows(loaded, room) : null,
  };
}

/** The last turn the team played: its choices and what they did to visible metrics. */
function lastReport(s: GameState, visible: Set<string>): TurnReport | null {
  const choices = s.log[s.turnsPlayed - 1];
  if (!choices) return null;
  const turn = s.turnsPlayed;
  return {
    turn,
    choices: structuredClone(choices),
    changes: s.changes.filter((c) => c.turn === turn && visible.has(c.metric)).map((c) => structuredClone(c)),
    searches: s.searches.filter((x) => x.turn === turn).map((x) => ({ evidence: x.evidence, found: x.found })),
    outcomes: s.outcomes.filter((o) => o.turn === turn).map((o) => ({ decision: o.decision, outcome: o.outcome })),
    injects: s.feed.filter((f) => f.turn === turn).map((f) => ({ ...f })),
  };
}
