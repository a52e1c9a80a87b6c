/**
 * The scenario loader and checker: strict JSON, the zod schema, cross-references, Texts,
 * expressions and a few warnings, every problem reported at once and located.
 */
import type { z } from 'zod';
import { pointerOf, type Diagnostic, type Result } from '../diagnostics';
import { hashScenario } from '../hash';
import { makeLoaded, type LoadedScenario } from '../loaded';
import { SCENARIO_FORMAT, scenarioSchema, type Scenario } from '../schema';
import { checkContext } from './context';
import { compileExpressions } from './exprs';
import { error, isRecord, own, type Finding, type Path } from './finding';
import { declaredIds } from './ids';
import { inspectValue } from './inspect';
import { parseStrictJson } from './json';
import { documentOrder } from './order';
import { locator, type Position } from './position';
import { checkRefs } from './refs';
import { checkRules } from './rules';
import { checkTexts } from './texts';
import { checkWarnings } from './warnings';
import { schemaFindings } from './zodIssues';
import { Suggester } from '../suggest';

export { MAX_CHARS, MAX_DEPTH } from './json';

/** A file with more problems than this gets the first ones and a note. */
export const MAX_DIAGNOSTICS = 200;

type Locate = (f: Finding) => Position;
/** With the source text, findings are located and sorted by position; without, sorted by document order. */
type Placement = { locate: Locate } | { order: (a: Path, b: Path) => number };

/** Parse, validate and compile a scenario file's text; diagnostics carry line and column. */
export function loadScenario(text: string, file?: string): Result<LoadedScenario> {
  return playable(checkText(text, file));
}

/** The same checks on an already-parsed value (diagnostics without line and column). */
export function loadScenarioObject(value: unknown, file?: string): Result<LoadedScenario> {
  return playable(check(value, [], { order: documentOrder(value) }, file, MAX_DIAGNOSTICS));
}

/**
 * The checker alone: exactly `loadScenario`'s diagnostics (its warnings when it succeeds, its
 * errors when not), without building the playable scenario (its hash, its prepared plans): the
 * studio checks the draft on every pause. `all`: every diagnostic, not the first 200 (for a tool
 * that edits the places they point at, the studio's languages form).
 */
export function checkScenario(text: string, file?: string, options: { all?: boolean } = {}): { ok: boolean; diagnostics: Diagnostic[] } {
  const c = checkText(text, file, options.all ? Infinity : MAX_DIAGNOSTICS);
  return { ok: c.data !== null, diagnostics: c.diagnostics };
}

/** What the checks found, and the valid scenario (null when any error was found). */
interface Checked {
  value: unknown;
  data: Scenario | null;
  exprs: LoadedScenario['exprs'];
  diagnostics: Diagnostic[];
}

function playable(c: Checked): Result<LoadedScenario> {
  if (c.data === null) return failure(c.diagnostics);
  return { ok: true, value: makeLoaded(c.data, hashScenario(c.value), c.exprs), warnings: c.diagnostics };
}

function checkText(text: string, file: string | undefined, limit = MAX_DIAGNOSTICS): Checked {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors hide a BOM, so columns skip it
  const parsed = parseStrictJson(source);
  const locate = locator(source, parsed.root);
  if (parsed.fatal) return refused(finalize(parsed.findings, { locate }, file, limit));
  return check(parsed.value, parsed.findings, { locate }, file, limit);
}

const refused = (diagnostics: Diagnostic[]): Checked => ({ value: undefined, data: null, exprs: new Map(), diagnostics });

function check(value: unknown, earlier: Finding[], place: Placement, file: string | undefined, limit: number): Checked {
  const inspection = inspectValue(value);
  const findings = [...earlier, ...inspection.findings];
  if (inspection.fatal) return refused(finalize(findings, place, file, limit));
  const format = own(value, 'format');
  if (typeof format === 'string' && format !== SCENARIO_FORMAT) {
    const message = `unsupported format ${JSON.stringify(format)}; this version reads ${JSON.stringify(SCENARIO_FORMAT)}`;
    findings.push(error('format/unsupported', message, ['format'], { found: format, expected: SCENARIO_FORMAT }));
    return refused(finalize(findings, place, file, limit));
  }
  const parsed = scenarioSchema.safeParse(value);
  let invalid: Path[] = findings.map((f) => f.path);
  if (!parsed.success) {
    invalid = invalid.concat(parsed.error.issues.flatMap(affectedPaths));
    for (const f of schemaFindings(parsed.error.issues, value)) findings.push(f); // a spread could overflow the stack
  }
  let exprs: LoadedScenario['exprs'] = new Map();
  if (isRecord(value)) {
    const ids = declaredIds(value, findings);
    const ctx = checkContext(value, ids, invalid, findings, new Suggester());
    checkRefs(ctx);
    checkRules(ctx);
    const locales = ctx.field('locales');
    if (locales !== undefined) checkTexts(value, locales, findings);
    const compiled = compileExpressions(value, ids, findings, ctx.suggester);
    checkWarnings(ctx, compiled.decisionsNamed);
    exprs = compiled.evaluators;
  }
  const diagnostics = finalize(findings, place, file, limit);
  if (!parsed.success || diagnostics.some((d) => d.severity === 'error')) return refused(diagnostics);
  return { value, data: parsed.data, exprs, diagnostics };
}

/** Where a schema issue makes the value invalid (an unknown key spoils only that key's place). */
function affectedPaths(issue: z.core.$ZodIssue): Path[] {
  const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
  return issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k]) : [path];
}

const failure = (errors: Diagnostic[]): Result<LoadedScenario> => ({ ok: false, errors });

/** One diagnostic per place (the first found wins), located, in source order when the text is known. */
function finalize(findings: readonly Finding[], place: Placement, file: string | undefined, limit: number): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const locate = 'locate' in place ? place.locate : undefined;
  const sorted = 'order' in place ? [...findings].sort((a, b) => place.order(a.path, b.path)) : findings;
  for (const f of sorted) {
    const pointer = pointerOf(f.path);
    const place = `${f.onKey === true ? 'key' : 'value'}:${f.inString ?? ''}:${pointer}`;
    if (seen.has(place)) continue;
    seen.add(place);
    const d: Diagnostic = { severity: f.severity, code: f.code, message: f.message, pointer };
    if (f.params !== undefined) d.params = f.params;
    if (locate !== undefined) Object.assign(d, locate(f));
    if (file !== undefined) d.file = file;
    out.push(d);
  }
  if (locate !== undefined) out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  if (out.length <= limit) return out;
  const message = `too many problems: only the first ${limit} are shown`;
  const note: Diagnostic = { severity: 'error', code: 'load/too-many', message, params: { shown: limit }, pointer: '' };
  if (locate !== undefined) Object.assign(note, { line: 1, col: 1 });
  if (file !== undefined) note.file = file;
  return [...out.slice(0, limit), note];
}
