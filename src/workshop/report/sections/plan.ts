/** The improvement plan: one row per objective some team met with major challenges or not at all. */
import type { Objective } from '../../../engine';
import type { ReportContext } from '../context';
import type { Block } from '../doc';
import { isStrength, rating } from '../rating';

/** What to do about an objective: its key decision and that decision's debrief. */
function recommendation(ctx: ReportContext, o: Objective): string {
  const { t } = ctx;
  const withDebrief = (sentence: string, decision: string) => {
    const debrief = ctx.loaded.scenario.decisions.find((d) => d.id === decision)?.debrief;
    return debrief !== undefined ? `${sentence} ${ctx.text(debrief)}` : sentence;
  };
  switch (o.type) {
    case 'deadline':
      return withDebrief(t('aar.ipTakeBy', { decision: ctx.decision(o.decision), by: o.by }), o.decision);
    case 'avoid':
      return o.decision !== undefined ? withDebrief(t('aar.ipAvoid', { decision: ctx.decision(o.decision) }), o.decision) : t('aar.ipReview');
    case 'attribution':
      return t('aar.ipAttribution');
    case 'metric': {
      const best = ctx.hot.movers.find((m) => m.objective === o.id)?.decisions.find((d) => d.mean > 0);
      return best ? withDebrief(t('aar.ipTake', { decision: ctx.decision(best.decision) }), best.decision) : t('aar.ipReview');
    }
    case 'expr':
      return t('aar.ipReview');
  }
}

export function improvementPlan(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const rows: string[][] = [];
  for (const o of ctx.loaded.scenario.objectives) {
    const weak = ctx.hot.teams.flatMap((team) => {
      const r = rating(team.score.objectives[o.id] ?? 0);
      return isStrength(r) ? [] : [`${team.name} (${t(`rating.${r}`)})`];
    });
    if (weak.length === 0) continue;
    rows.push([t(`category.${o.category}`), t('aar.ipIssue', { objective: ctx.text(o.title), teams: weak.join(', ') }), recommendation(ctx, o), '', '']);
  }
  const head = [t('aar.col.category'), t('aar.col.issue'), t('aar.col.recommendation'), t('aar.col.owner'), t('aar.col.due')];
  return [
    { kind: 'heading', level: 2, text: t('aar.improvement') },
    rows.length > 0 ? { kind: 'table', head, rows, blank: [3, 4] } : { kind: 'paragraph', text: t('aar.none') },
  ];
}
