/** Hot wash highlights in the report: the decisions that moved each objective, where teams diverged. */
import type { ReportContext } from '../context';
import type { Block } from '../doc';

const MAX_DIVERGENCES = 5;

export function highlights(ctx: ReportContext): Block[] {
  const { t, hot } = ctx;
  const names = (ids: string[]) => ids.map(ctx.team).join(', ');
  const movers = hot.movers.map((m) => {
    const objective = ctx.objective(m.objective);
    const top = m.decisions[0];
    if (!top) return t('aar.noMover', { objective });
    const effect = (top.mean > 0 ? '+' : '') + ctx.num(100 * top.mean);
    return t('aar.mover', { objective, decision: ctx.decision(top.decision), effect, teams: names(top.teams) });
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t('aar.keyDecisions') },
    { kind: 'list', items: movers },
    { kind: 'heading', level: 2, text: t('aar.divergences') },
  ];
  if (hot.divergences.length === 0) blocks.push({ kind: 'paragraph', text: t('aar.noDivergence') });
  for (const d of hot.divergences.slice(0, MAX_DIVERGENCES)) {
    blocks.push(
      { kind: 'paragraph', text: t('aar.divergence', { turn: d.turn, gap: ctx.num(d.gap) }) },
      {
        kind: 'list',
        items: d.groups.map((g) =>
          t('aar.group', {
            teams: names(g.teams),
            decisions: g.decisions.length > 0 ? g.decisions.map(ctx.decision).join(', ') : t('aar.noDecision'),
            score: ctx.num(g.meanScore),
          }),
        ),
      },
    );
  }
  return blocks;
}
