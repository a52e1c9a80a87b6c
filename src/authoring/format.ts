/** The analysis report as readable text tables (the CLI's default output). */
import { type Diagnostic, formatDiagnostic } from '../engine';
import { DOMINANCE_POINTS } from './balance';
import type { AnalysisReport, Stats, TargetKind } from './report';

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => s.padEnd(n);
const num = (s: string, n: number) => s.padStart(n);

/** Render the report; `diagnostics` are its findings located in the file (see locateFindings). */
export function formatReport(r: AnalysisReport, diagnostics: readonly Diagnostic[], bestFile?: string): string {
  const out: string[] = [];
  const runs = r.coverage.runs;
  out.push(`analysis of ${r.scenario} (seed ${r.seed}, ${runs} random legal games, ${r.turnsSimulated} turns simulated)`, '');
  out.push(`${pad('score of random legal play', 28)}${num('min', 7)}${num('median', 8)}${num('p90', 7)}${num('max', 7)}`);
  const row = (name: string, s: Stats) => `  ${pad(name, 26)}${num(f1(s.min), 7)}${num(f1(s.median), 8)}${num(f1(s.p90), 7)}${num(f1(s.max), 7)}`;
  out.push(row('overall', r.distribution.overall));
  for (const [c, s] of Object.entries(r.distribution.categories)) out.push(row(c, s));
  out.push('');
  const b = r.best;
  out.push(`best line found: ${f1(b.score.overall)} (ending ${b.ending ?? '-'} after ${b.turnsPlayed} turns, seed ${b.log.seed})${bestFile ? `, written to ${bestFile}` : ''}`);
  out.push(`  ${Object.entries(b.score.categories).map(([c, v]) => `${c} ${f1(v)}`).join(', ')}`);
  b.log.turns.forEach((t, i) => out.push(`  turn ${num(String(i + 1), 2)}  ${t.decisions.length > 0 ? t.decisions.join(', ') : '-'}`));
  out.push('');
  if (r.reference) {
    const ref = r.reference;
    const main = ref.legal ? `${f1(ref.score!.overall)} with seed ${ref.seed} (ending ${ref.ending ?? '-'})` : `not legal with seed ${ref.seed}: ${ref.error ?? ''}`;
    const others = `legal with ${ref.legalSeeds} of ${ref.seeds} other seeds${ref.meanScore !== null ? `, mean ${f1(ref.meanScore)}` : ''}`;
    out.push(`reference line: ${main}; ${others}`, '');
  }
  if (r.attribution) {
    const a = r.attribution;
    out.push(`attribution: expected probability on the true culprit ${f2(a.prior)} before any search, ${f2(a.posterior)} after searching all ${a.evidence.length} evidence once (${a.method})`);
    for (const x of a.byActor) out.push(`  if ${pad(x.id, 20)} is the culprit: ${f2(x.prior)} -> ${f2(x.posterior)}`);
    for (const e of a.byEvidence) out.push(`  ${pad(e.id, 26)} alone: ${f2(e.posterior)}${e.informative ? '' : '  (no information)'}`);
    out.push('');
  }
  const dominating = r.dominance.filter((d) => d.loss > DOMINANCE_POINTS).length;
  // Say whether anything dominates: the heading alone once read as if every entry listed did.
  const verdict = dominating === 0 ? `none dominates: every loss is at most ${DOMINANCE_POINTS} points` : `${dominating} dominate${dominating === 1 ? 's' : ''}: a loss over ${DOMINANCE_POINTS} points`;
  out.push(`balance: the best line without each decision or category, largest losses first (${verdict})`);
  for (const d of r.dominance.slice(0, 6)) out.push(`  ${pad(`${d.id}${d.kind === 'category' ? ' (category)' : ''}`, 26)} ${num(f1(d.without), 6)}  (-${f1(d.loss)})`);
  out.push(`  random play's median is ${f1(b.score.overall - r.distribution.overall.median)} points below the best line`, '');
  out.push(...reachability(r));
  out.push('');
  for (const d of diagnostics) out.push(formatDiagnostic(d));
  const notes = r.findings.filter((f) => f.severity === 'note').length;
  out.push(`${r.findings.length - notes} finding(s)${notes > 0 ? `, ${notes} note(s)` : ''}`);
  return out.join('\n') + '\n';
}

const KIND_NAME: Readonly<Record<TargetKind, string>> = {
  decision: 'decision legal',
  inject: 'inject fired',
  rule: 'rule fired',
  ending: 'ending reached',
  evidence: 'evidence searched',
  objectiveAbove0: 'objective above 0',
  objectiveBelow1: 'objective below 1',
};

/** The rare and the unreached: what random play reached in fewer than 1% of games. */
function reachability(r: AnalysisReport): string[] {
  const c = r.coverage;
  const rare: string[] = [];
  const limit = c.runs / 100;
  const note = (what: string, id: string, n: number) => {
    if (n > 0 && n < limit) rare.push(`  ${pad(what, 18)} ${pad(id, 26)} ${num(String(n), 6)} of ${c.runs}`);
  };
  for (const [id, v] of Object.entries(c.decisions)) note('decision legal', id, v.legal);
  for (const [id, n] of Object.entries(c.injects)) note('inject fired', id, n);
  for (const [id, n] of Object.entries(c.rules)) note('rule fired', id, n);
  for (const [id, n] of Object.entries(c.endings)) note('ending reached', id, n);
  for (const [id, v] of Object.entries(c.evidence)) note('evidence searched', id, v.searched);
  const out = [`reachability: random games reaching each thing, out of ${c.runs}`];
  out.push(rare.length > 0 ? '  rarely (under 1%):' : '  nothing rare (every reachable thing in at least 1% of games)', ...rare);
  for (const t of r.reachedBySearch) out.push(`  reached only by a search: ${KIND_NAME[t.kind]} ${t.id}`);
  for (const t of r.unreached) out.push(`  never: ${KIND_NAME[t.kind]} ${t.id}`);
  const endings = Object.entries(c.endings).map(([id, n]) => `${id} ${n}`).join(', ');
  out.push(`  endings: ${endings}`);
  return out;
}
