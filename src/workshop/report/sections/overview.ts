/** The exercise overview: scenario, date, duration, teams, turns, seeds. */
import type { Block } from '../doc';
import type { ReportContext } from '../context';

/** Wall-clock minutes from the first `start` to the `end` (or the last event), pauses included. */
export function durationMinutes(ctx: ReportContext): number {
  const events = ctx.session.events;
  const start = events.find((e) => e.type === 'start');
  const stop = events.find((e) => e.type === 'end') ?? events[events.length - 1];
  if (!start || !stop) return 0;
  return Math.max(0, Math.round((Date.parse(stop.at) - Date.parse(start.at)) / 60_000));
}

export function overview(ctx: ReportContext): Block[] {
  const { t, session } = ctx;
  const s = ctx.loaded.scenario;
  const seeds = new Set(session.teams.map((x) => x.seed));
  const seed = seeds.size === 1 ? t('aar.seedShared', { seed: session.teams[0]!.seed }) : t('aar.seedPerTeam');
  return [
    { kind: 'heading', level: 2, text: t('aar.overview') },
    {
      kind: 'fields',
      items: [
        [t('aar.field.scenario'), ctx.text(s.title)],
        [t('aar.field.summary'), ctx.text(s.summary)],
        [t('aar.field.date'), ctx.dateTime(session.createdAt)],
        [t('aar.field.duration'), t('aar.duration', { minutes: durationMinutes(ctx) })],
        [t('aar.field.teams'), session.teams.map((x) => x.name).join(', ')],
        [t('aar.field.turns'), String(Math.max(0, ...ctx.room.teams.map((x) => x.state.turnsPlayed)))],
        [t('aar.field.seed'), seed],
      ],
    },
  ];
}
