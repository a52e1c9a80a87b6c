/** Objectives and performance: every objective's score and HSEEP rating for every team. */
import type { Block } from '../doc';
import type { ReportContext } from '../context';
import { rating } from '../rating';

export function objectivesTable(ctx: ReportContext): Block[] {
  const { t, hot } = ctx;
  const cell = (score01: number) => t('aar.cell', { score: ctx.num(100 * score01), rating: t(`rating.${rating(score01)}`) });
  const rows = ctx.loaded.scenario.objectives.map((o) => [
    ctx.text(o.title),
    t(`category.${o.category}`),
    ctx.num(o.weight, 2),
    ...hot.teams.map((team) => cell(team.score.objectives[o.id] ?? 0)),
  ]);
  rows.push([t('aar.overall'), '', '', ...hot.teams.map((team) => cell(team.score.overall / 100))]);
  return [
    { kind: 'heading', level: 2, text: t('aar.objectives') },
    { kind: 'paragraph', text: t('aar.ratingLegend') },
    { kind: 'table', head: [t('aar.col.objective'), t('aar.col.category'), t('aar.col.weight'), ...hot.teams.map((x) => x.name)], rows },
  ];
}
