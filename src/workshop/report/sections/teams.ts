/** Analysis by team: strengths, areas for improvement and observations, facilitator notes included. */
import type { Objective } from '../../../engine';
import { decisionEffects } from '../../analysis/movers';
import type { TeamView } from '../../types';
import type { ReportContext } from '../context';
import type { Block } from '../doc';
import { isStrength, rating } from '../rating';
import { traceBlocks } from './trace';

/** The sentences explaining one team's result on one objective, each followed by the decision's debrief. */
function explain(ctx: ReportContext, team: TeamView, o: Objective, strength: boolean): string[] {
  const { t } = ctx;
  const state = team.state;
  const about = (key: Parameters<typeof t>[0], decision: string, params: Record<string, string | number> = {}) => {
    const d = ctx.loaded.scenario.decisions.find((x) => x.id === decision);
    const sentence = t(key, { decision: ctx.decision(decision), ...params });
    return d?.debrief !== undefined ? [sentence, ctx.text(d.debrief)] : [sentence];
  };
  switch (o.type) {
    case 'metric': {
      const effects = [...decisionEffects(ctx.loaded, team, o)].sort((a, b) => a[1] - b[1]);
      const worst = effects[0];
      const best = effects[effects.length - 1];
      if (strength) return best && best[1] > 0 ? about('aar.helped', best[0]) : [];
      if (worst && worst[1] < 0) return about('aar.hurt', worst[0]);
      const missed = ctx.hot.movers
        .find((m) => m.objective === o.id)
        ?.decisions.find((d) => d.mean > 0 && (state.taken[d.decision] ?? 0) === 0);
      return missed ? about('aar.couldHelp', missed.decision) : [];
    }
    case 'deadline': {
      const first = state.firstTaken[o.decision];
      if (first === undefined) return about('aar.deadlineMissed', o.decision, { by: o.by });
      return about(first <= o.by ? 'aar.deadlineMet' : 'aar.deadlineLate', o.decision, { turn: first, by: o.by });
    }
    case 'avoid':
      if (o.decision !== undefined && (state.taken[o.decision] ?? 0) > 0) return about('aar.avoidTaken', o.decision);
      return strength ? [] : [t('aar.avoidHappened')];
    case 'attribution': {
      const b = ctx.hot.brier.find((x) => x.team === team.id)?.final;
      return b === null || b === undefined ? [] : [t('aar.brier', { brier: ctx.num(b, 2) })];
    }
    case 'expr':
      return [];
  }
}

function observations(ctx: ReportContext, team: TeamView): string[] {
  const { t } = ctx;
  const state = team.state;
  const items = [t('aar.obs.score', { score: ctx.num(ctx.hot.teams.find((x) => x.team === team.id)!.score.overall) })];
  items.push(state.ending ? t('aar.obs.ending', { ending: ctx.ending(state.ending.id), turn: state.ending.turn }) : t('aar.obs.stopped', { turn: state.turnsPlayed }));
  const count = state.log.reduce((n, turn) => n + turn.decisions.length, 0);
  items.push(t('aar.obs.spent', { count, budget: ctx.money(ctx.loaded.scenario.resources.budget - state.budgetLeft) }));
  const b = ctx.hot.brier.find((x) => x.team === team.id);
  if (b && b.final !== null && b.ideal !== null) items.push(t('aar.obs.brier', { brier: ctx.num(b.final, 2), ideal: ctx.num(b.ideal, 2) }));
  for (const f of state.feed) if (f.via === 'released') items.push(t('aar.obs.released', { turn: f.turn, inject: ctx.inject(f.inject) }));
  for (const e of ctx.session.events) if (e.type === 'note' && e.team === team.id) items.push(t('aar.obs.note', { turn: e.turn, text: e.text }));
  return items;
}

/** One sub-section a team: strengths, areas for improvement, observations. */
export function teamSections(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t('aar.analysis') }];
  for (const team of ctx.room.teams) {
    const result = ctx.hot.teams.find((x) => x.team === team.id)!;
    const strengths: string[] = [];
    const areas: string[] = [];
    for (const o of ctx.loaded.scenario.objectives) {
      const s = result.score.objectives[o.id] ?? 0;
      const r = rating(s);
      const line = t('aar.objectiveLine', { objective: ctx.text(o.title), score: ctx.num(100 * s), rating: t(`rating.${r}`) });
      (isStrength(r) ? strengths : areas).push([line, ...explain(ctx, team, o, isStrength(r))].join(' '));
    }
    const none = [t('aar.none')];
    blocks.push(
      { kind: 'heading', level: 3, text: team.name },
      { kind: 'heading', level: 4, text: t('aar.strengths') },
      { kind: 'list', items: strengths.length > 0 ? strengths : none },
      { kind: 'heading', level: 4, text: t('aar.areas') },
      { kind: 'list', items: areas.length > 0 ? areas : none },
      { kind: 'heading', level: 4, text: t('aar.observations') },
      { kind: 'list', items: observations(ctx, team) },
      ...traceBlocks(ctx, team),
    );
  }
  return blocks;
}
