/** The projector's view (public) and the facilitator's (everything), from the replayed room. */
import { releasableInjects, score, type LoadedScenario } from '../../engine';
import { hotWash } from '../hotwash';
import { deliverable } from '../steps';
import type { Room, Workshop } from '../types';
import { leaderboard } from '../views';
import { header, publicRows, resultsShown, seatStatus } from './common';
import type { FacilitatorView, ProjectorView } from './types';

/** What the room's projector shows at `now`: who has locked (not what), shared injects, results once revealed. */
export function projectorView(loaded: LoadedScenario, session: Workshop, room: Room, now: string): ProjectorView {
  return {
    role: 'projector',
    ...header(loaded, session, room, now),
    teams: room.teams.map((t) => ({ id: t.id, name: t.name, status: seatStatus(room, t) })),
    injects: sharedInjects(loaded, room),
    leaderboard: resultsShown(room) ? publicRows(loaded, room) : null,
    hotWash: room.phase === 'ended' ? hotWash(loaded, room) : null,
  };
}

/** Injects that fired in the room's turn for every team still playing it (so they say nothing about one team). */
function sharedInjects(loaded: LoadedScenario, room: Room): ProjectorView['injects'] {
  const teams = room.teams.filter((t) => seatStatus(room, t) !== 'done');
  const [first, ...others] = teams.map((t) => t.state.feed.filter((f) => f.turn === room.turn && f.via === 'due').map((f) => f.inject));
  if (!first) return [];
  const common = first.filter((id, i) => first.indexOf(id) === i && others.every((ids) => ids.includes(id)));
  return common.map((id) => ({ inject: id, channel: loaded.scenario.injects.find((x) => x.id === id)?.channel ?? 'soc' }));
}

/** Everything the facilitator's console needs at `now`. */
export function facilitatorView(loaded: LoadedScenario, session: Workshop, room: Room, now: string): FacilitatorView {
  return {
    role: 'facilitator',
    ...header(loaded, session, room, now),
    hideLeaderboard: session.hideLeaderboard,
    releasable: [...session.releasable],
    teams: room.teams.map((t) => {
      const open = new Set(releasableInjects(loaded, t.state));
      return {
        id: t.id,
        name: t.name,
        seed: t.seed,
        status: seatStatus(room, t),
        culprit: t.state.culprit,
        queued: deliverable(loaded, t),
        canRelease: t.state.ending ? [] : session.releasable.filter((id) => open.has(id) && !t.queued.includes(id)),
        scores: [...t.scores],
        score: score(loaded, t.state),
        metrics: { ...t.state.metrics },
        flags: { ...t.state.flags },
        staffLeft: t.state.staffLeft,
        budgetLeft: t.state.budgetLeft,
        turn: t.state.turn,
        turnsPlayed: t.state.turnsPlayed,
        ending: t.state.ending ? { ...t.state.ending } : null,
        log: structuredClone(t.state.log),
      };
    }),
    notes: session.events.filter((e) => e.type === 'note'),
    events: session.events.length,
    leaderboard: leaderboard(loaded, room),
    hotWash: room.phase === 'ended' ? hotWash(loaded, room) : null,
  };
}
