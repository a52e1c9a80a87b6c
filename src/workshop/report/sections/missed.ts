/** Each team's three missed chances: the single-turn changes that would have raised its score most (the engine's search). */
import { missedChances, toLog, type GameState, type MissedChance, type MissedResult, type SingleChange } from '../../../engine';
import type { ReportContext } from '../context';
import type { Block } from '../doc';

function changeText(ctx: ReportContext, c: SingleChange): string {
  const { t } = ctx;
  switch (c.kind) {
    case 'add':
      return t('aar.missedChange.add', { decision: ctx.decision(c.decision), turn: c.turn });
    case 'remove':
      return t('aar.missedChange.remove', { decision: ctx.decision(c.decision), turn: c.turn });
    case 'swap':
      return t('aar.missedChange.swap', { decision: ctx.decision(c.decision), instead: ctx.decision(c.instead), turn: c.turn });
    case 'assess':
      return t('aar.missedChange.assess', { turn: c.turn });
  }
}

function whyText(ctx: ReportContext, c: MissedChance): string {
  const tr = c.why.traced;
  const parts = c.why.objectives.map((o) =>
    tr && tr.objective === o.id
      ? `${ctx.objective(o.id)} +${ctx.num(o.points)} (${ctx.t('aar.missedTraced', { points: ctx.num(tr.points), decision: ctx.decision(tr.decision) })})`
      : `${ctx.objective(o.id)} +${ctx.num(o.points)}`,
  );
  const m = c.why.metric;
  const metric = m ? ctx.loaded.scenario.metrics.find((x) => x.id === m.id) : undefined;
  if (m && metric) parts.push(`${ctx.text(metric.label)} ${ctx.num(m.a)} → ${ctx.num(m.b)}`);
  return parts.join(' · ');
}

function searchHere(ctx: ReportContext, state: GameState): MissedResult | null {
  const r = missedChances(ctx.loaded, toLog(state));
  return r.ok ? r.value : null;
}

/** One list per team that played at least a turn; the search is the engine's, with its fixed budget. */
export function missedSection(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const teams = ctx.room.teams.filter((team) => team.state.log.length > 0);
  if (teams.length === 0) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t('aar.missed') },
    { kind: 'paragraph', text: t('aar.missedHelp') },
  ];
  for (const team of teams) {
    blocks.push({ kind: 'heading', level: 3, text: team.name });
    const chances = (ctx.missed.has(team.id) ? ctx.missed.get(team.id) : searchHere(ctx, team.state))?.chances ?? [];
    blocks.push(
      chances.length === 0
        ? { kind: 'paragraph', text: t('aar.missedNone') }
        : { kind: 'list', items: chances.map((c) => t('aar.missedItem', { gain: ctx.num(c.gain), change: changeText(ctx, c.change), why: whyText(ctx, c) })) },
    );
  }
  return blocks;
}
