/**
 * The scenario loader and checker: strict JSON, the zod schema, cross-references, Texts,
 * expressions and a few warnings, every problem reported at once and located.
 */
import type { z } from 'zod';
import { pointerOf, type Diagnostic, type Result } from '../diagnostics';
import { hashScenario } from '../hash';
import type { LoadedScenario } from '../loaded';
import { SCENARIO_FORMAT, scenarioSchema } from '../schema';
import { checkContext } from './context';
import { compileExpressions } from './exprs';
import { error, isRecord, own, type Finding, type Path } from './finding';
import { declaredIds } from './ids';
import { inspectValue } from './inspect';
import { parseStrictJson } from './json';
import { locator, type Position } from './position';
import { checkRefs } from './refs';
import { checkRules } from './rules';
import { checkTexts } from './texts';
import { checkWarnings } from './warnings';
import { schemaFindings } from './zodIssues';

export { MAX_CHARS, MAX_DEPTH } from './json';

type Locate = (f: Finding) => Position;

/** Parse, validate and compile a scenario file's text; diagnostics carry line and column. */
export function loadScenario(text: string, file?: string): Result<LoadedScenario> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors hide a BOM, so columns skip it
  const parsed = parseStrictJson(source);
  const locate = locator(source, parsed.root);
  if (parsed.fatal) return failure(finalize(parsed.findings, locate, file));
  return check(parsed.value, parsed.findings, locate, file);
}

/** The same checks on an already-parsed value (diagnostics without line and column). */
export function loadScenarioObject(value: unknown, file?: string): Result<LoadedScenario> {
  return check(value, [], undefined, file);
}

function check(value: unknown, earlier: Finding[], locate: Locate | undefined, file: string | undefined): Result<LoadedScenario> {
  const inspection = inspectValue(value);
  const findings = [...earlier, ...inspection.findings];
  if (inspection.fatal) return failure(finalize(findings, locate, file));
  const format = own(value, 'format');
  if (typeof format === 'string' && format !== SCENARIO_FORMAT) {
    const message = `unsupported format ${JSON.stringify(format)}; this version reads ${JSON.stringify(SCENARIO_FORMAT)}`;
    findings.push(error('format/unsupported', message, ['format'], { found: format, expected: SCENARIO_FORMAT }));
    return failure(finalize(findings, locate, file));
  }
  const parsed = scenarioSchema.safeParse(value);
  const invalid: Path[] = findings.map((f) => f.path);
  if (!parsed.success) {
    invalid.push(...parsed.error.issues.flatMap(affectedPaths));
    findings.push(...schemaFindings(parsed.error.issues, value));
  }
  let exprs: LoadedScenario['exprs'] = new Map();
  if (isRecord(value)) {
    const ids = declaredIds(value, findings);
    const ctx = checkContext(value, ids, invalid, findings);
    checkRefs(ctx);
    checkRules(ctx);
    const locales = ctx.field('locales');
    if (locales !== undefined) checkTexts(value, locales, findings);
    const compiled = compileExpressions(value, ids, findings);
    checkWarnings(ctx, compiled.decisionsNamed);
    exprs = compiled.evaluators;
  }
  const diagnostics = finalize(findings, locate, file);
  if (!parsed.success || diagnostics.some((d) => d.severity === 'error')) return failure(diagnostics);
  return { ok: true, value: { scenario: parsed.data, hash: hashScenario(value), exprs }, warnings: diagnostics };
}

/** Where a schema issue makes the value invalid (an unknown key spoils only that key's place). */
function affectedPaths(issue: z.core.$ZodIssue): Path[] {
  const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
  return issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k]) : [path];
}

const failure = (errors: Diagnostic[]): Result<LoadedScenario> => ({ ok: false, errors });

/** One diagnostic per place (the first found wins), located, in source order when the text is known. */
function finalize(findings: readonly Finding[], locate: Locate | undefined, file: string | undefined): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const pointer = pointerOf(f.path);
    const place = `${f.onKey === true ? 'key' : 'value'}:${pointer}`;
    if (seen.has(place)) continue;
    seen.add(place);
    const d: Diagnostic = { severity: f.severity, code: f.code, message: f.message, pointer };
    if (f.params !== undefined) d.params = f.params;
    if (locate !== undefined) Object.assign(d, locate(f));
    if (file !== undefined) d.file = file;
    out.push(d);
  }
  if (locate !== undefined) out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  return out;
}
