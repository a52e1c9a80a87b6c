/** The reference line: the expert's play on the teams' seeds, and its score beside theirs. */
import type { ReportContext } from '../context';
import type { Block } from '../doc';

export function referenceSection(ctx: ReportContext): Block[] {
  const { t, hot } = ctx;
  const ref = ctx.loaded.scenario.reference;
  const line = hot.reference;
  if (!ref || !line) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `${t('aar.reference')}: ${ctx.text(ref.title)}` },
    { kind: 'paragraph', text: ctx.text(ref.note) },
  ];
  const rows = line.runs.flatMap((run) =>
    run.score
      ? [[String(run.seed), run.teams.map(ctx.team).join(', '), ctx.num(run.score.overall), run.teams.map((id) => ctx.num(hot.teams.find((x) => x.team === id)!.score.overall)).join(', ')]]
      : [],
  );
  if (rows.length > 0) blocks.push({ kind: 'table', head: [t('aar.col.seed'), t('aar.col.team'), t('aar.col.reference'), t('aar.col.score')], rows });
  for (const run of line.runs) if (run.error) blocks.push({ kind: 'paragraph', text: t('aar.referenceError', { seed: run.seed, error: run.error.message }) });
  const turns = line.turns.map((ids, i) => t('aar.referenceTurn', { turn: i + 1, decisions: ids.length > 0 ? ids.map(ctx.decision).join(', ') : t('aar.noDecision') }));
  if (turns.length > 0) blocks.push({ kind: 'list', items: turns });
  return blocks;
}
