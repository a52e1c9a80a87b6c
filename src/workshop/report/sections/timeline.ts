/** The facilitator's notes and the session timeline: everything but the teams' locks, in order. */
import { initialRoom } from '../../room';
import { step } from '../../reducer';
import type { Room, WorkshopEvent } from '../../types';
import type { ReportContext } from '../context';
import type { Block } from '../doc';

function describe(ctx: ReportContext, e: WorkshopEvent, before: Room): string | null {
  const { t } = ctx;
  switch (e.type) {
    case 'lock':
    case 'ready':
      return null;
    case 'advance': {
      if (before.mode === 'simultaneous') return t('aar.event.advanceAll', { turn: before.turn });
      const team = before.active === null ? undefined : before.teams[before.active];
      return t('aar.event.advance', { team: team?.name ?? '', turn: team?.state.turn ?? before.turn });
    }
    case 'extend':
      return t('aar.event.extend', { seconds: e.seconds });
    case 'release':
      return e.team === 'all' ? t('aar.event.releaseAll', { inject: ctx.inject(e.inject) }) : t('aar.event.release', { inject: ctx.inject(e.inject), team: ctx.team(e.team) });
    case 'note':
      return e.team === undefined ? t('aar.event.note', { text: e.text }) : t('aar.event.noteTeam', { team: ctx.team(e.team), text: e.text });
    default:
      return t(`aar.event.${e.type}`);
  }
}

/** General notes (those not about one team), then a table of the facilitator's actions. */
export function timeline(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const notes = ctx.session.events.flatMap((e) => (e.type === 'note' && e.team === undefined ? [t('aar.note', { turn: e.turn, text: e.text })] : []));
  const rows: string[][] = [];
  let room = initialRoom(ctx.loaded, ctx.session);
  for (const e of ctx.session.events) {
    const line = describe(ctx, e, room);
    const turn = e.type === 'note' ? e.turn : room.turn;
    if (line !== null) rows.push([ctx.time(e.at), String(turn), line]);
    const r = step(ctx.loaded, ctx.session, room, e);
    if (r.ok) room = r.room;
  }
  const blocks: Block[] = [];
  if (notes.length > 0) blocks.push({ kind: 'heading', level: 2, text: t('aar.notes') }, { kind: 'list', items: notes });
  blocks.push({ kind: 'heading', level: 2, text: t('aar.timeline') }, { kind: 'table', head: [t('aar.col.time'), t('aar.col.turn'), t('aar.col.event')], rows });
  return blocks;
}
