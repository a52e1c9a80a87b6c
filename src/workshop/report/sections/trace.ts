/** Where a team's points came from: each objective's score split among the world and the team's choices (engine `traceGame`). */
import { traceGame, type GameTrace, type TraceCause } from '../../../engine';
import type { TeamView } from '../../types';
import type { ReportContext } from '../context';
import type { Block } from '../doc';

/** Causes listed per objective before the rest are summed in one row (the sum still adds up). */
const SHOWN = 5;

const traces = new WeakMap<TeamView, GameTrace>();

/** A team's split, computed once per team view (a report renders it in several formats). */
export function teamTrace(ctx: ReportContext, team: TeamView): GameTrace {
  let trace = traces.get(team);
  if (!trace) traces.set(team, (trace = traceGame(ctx.loaded, team.state)));
  return trace;
}

function causeName(ctx: ReportContext, c: TraceCause): string {
  const { t } = ctx;
  switch (c.kind) {
    case 'world':
      return t('aar.trace.world');
    case 'assessment':
      return t('aar.trace.assessment', { turn: c.turn });
    case 'decision':
      return t('aar.trace.decision', { decision: ctx.decision(c.id), turn: c.turn });
    case 'inject':
      return t('aar.trace.released', { inject: ctx.inject(c.id), turn: c.turn });
  }
}

/** The split as a table: objective, cause, points of the objective (of 100), points of the overall score. */
export function traceBlocks(ctx: ReportContext, team: TeamView): Block[] {
  const { t } = ctx;
  const trace = teamTrace(ctx, team);
  const objectives = ctx.loaded.scenario.objectives;
  const total = objectives.reduce((a, o) => a + o.weight, 0);
  const signed = (n: number) => (n > 0 ? '+' : '') + ctx.num(n);
  const rows: string[][] = [];
  for (const o of objectives) {
    const shares = trace[o.id] ?? [];
    const row = (cause: string, share: number) => [ctx.text(o.title), cause, signed(100 * share), signed((100 * share * o.weight) / total)];
    for (const s of shares.slice(0, SHOWN)) rows.push(row(causeName(ctx, s.cause), s.share));
    const rest = shares.slice(SHOWN);
    if (rest.length > 0) rows.push(row(t('aar.trace.others', { count: rest.length }), rest.reduce((a, s) => a + s.share, 0)));
  }
  return [
    { kind: 'heading', level: 4, text: t('aar.trace.heading') },
    { kind: 'paragraph', text: t('aar.trace.legend') },
    { kind: 'table', head: [t('aar.col.objective'), t('aar.trace.cause'), t('aar.trace.points'), t('aar.trace.overall')], rows },
  ];
}

/** A decision's points in the overall score, summed over the objectives (for the CSV). */
export function decisionPoints(ctx: Pick<ReportContext, 'loaded'>, trace: GameTrace, decision: string, turn: number): number {
  const objectives = ctx.loaded.scenario.objectives;
  const total = objectives.reduce((a, o) => a + o.weight, 0);
  let points = 0;
  for (const o of objectives) {
    for (const s of trace[o.id] ?? []) if (s.cause.kind === 'decision' && s.cause.id === decision && s.cause.turn === turn) points += (100 * s.share * o.weight) / total;
  }
  return points;
}
