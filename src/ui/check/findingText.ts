/**
 * The analyser's findings in the player's language. The analyser writes English messages for the
 * command line; here each finding code has its own i18n key, filled from the finding's params.
 */
import type { AnalysisFinding, AnalysisReport, FindingCode } from '../../authoring';
import { fmtNumber, has, tDynamic, type Strings } from '../../i18n';

// Every finding code has its text (French is typed against English): a new code fails to compile until translated.
const translated: Strings['check']['check']['finding'] extends Record<FindingCode, string> ? true : never = true;
void translated;

/** Params that hold scores or points (one decimal) or counts: shown as localised numbers. */
const POINTS = new Set(['without', 'loss', 'median', 'best', 'value']);
const COUNTS = new Set(['runs']);

export function findingText(f: AnalysisFinding, report: AnalysisReport): string {
  const key = `check:check.finding.${f.code}`;
  if (!has(key)) return f.message;
  const values: Record<string, string> = { best: fmtNumber(report.best.score.overall) };
  for (const [name, v] of Object.entries(f.params)) {
    if (typeof v === 'number' && POINTS.has(name)) values[name] = fmtNumber(v);
    else if (typeof v === 'number' && COUNTS.has(name)) values[name] = fmtNumber(v, 0);
    else values[name] = String(v);
  }
  if (f.code === 'dominant-category') values.id = has(`common:category.${f.params.id}`) ? tDynamic(`common:category.${f.params.id}`) : String(f.params.id);
  return tDynamic(key, values);
}
