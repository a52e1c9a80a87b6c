/**
 * `msel import`: apply an edited MSEL sheet's timing (`turn` or `scenario_time`) and texts
 * (`title_LL`, `body_LL`) to the scenario file's text, in place: only the values that changed
 * are rewritten (jsonc-parser edits), so the rest of the file keeps its bytes. The result is
 * checked like any scenario; every problem comes back located, none is thrown.
 */
import Papa from 'papaparse';
import { type Diagnostic, type LoadedScenario, loadScenario, type Result, Suggester, type Text, totalTurns } from '../../engine';
import { escapeCell, READ_ONLY, rowsOf, scenarioTime, turnAt, unescapeCell, type Row } from './columns';
import type { JSONPath } from 'jsonc-parser';
import type { MselChange } from './change';
import { applyEdit, type Edit } from './edit';
import { fieldPlaces, placeOf, type Place } from './positions';

/** The new scenario text and what changed in it. */
export interface MselImported {
  text: string;
  changes: MselChange[];
}

/** The engine's one result shape: the import, or its located diagnostics. */
export type MselImport = Result<MselImported>;

/** A sheet with more errors gets the first ones and a note of how many more: one bad column can fail every row. */
export const MAX_MSEL_ERRORS = 50;

/** Apply `csvText` to `scenarioText`; the new text, or the problems located (`FILE:LINE:COL`), the first MAX_MSEL_ERRORS and "and N more". */
export function importMsel(scenarioText: string, csvText: string, files: { scenario?: string; csv?: string } = {}): MselImport {
  const r = importAll(scenarioText, csvText, files);
  if (r.ok || r.errors.length <= MAX_MSEL_ERRORS) return r;
  const more = r.errors.length - MAX_MSEL_ERRORS;
  const last = r.errors[MAX_MSEL_ERRORS]!;
  const note: Diagnostic = { severity: 'error', code: 'msel/more', message: `and ${more} more error(s)`, pointer: '', params: { count: more } };
  if (last.file !== undefined) note.file = last.file;
  if (last.line !== undefined) Object.assign(note, { line: last.line, col: last.col });
  return { ok: false, errors: [...r.errors.slice(0, MAX_MSEL_ERRORS), note] };
}

function importAll(scenarioText: string, csvText: string, files: { scenario?: string; csv?: string }): MselImport {
  const loaded = loadScenario(scenarioText, files.scenario);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const csv = csvText.charCodeAt(0) === 0xfeff ? csvText.slice(1) : csvText;
  const errors: Diagnostic[] = [];
  const fail = (place: Place, code: string, message: string) => {
    const d: Diagnostic = { severity: 'error', code: `msel/${code}`, message, pointer: '', line: place.line, col: place.col };
    if (files.csv !== undefined) d.file = files.csv;
    errors.push(d);
  };
  const delimiter = guessDelimiter(csv);
  const parsed = Papa.parse<string[]>(csv, { delimiter, header: false, skipEmptyLines: false });
  const placed = new Set<number>();
  for (const e of parsed.errors) {
    // A quote error's index is just after the opening quote: point at the quote, once per place.
    const offset = e.type === 'Quotes' ? Math.max(0, (e.index ?? 1) - 1) : (e.index ?? 0);
    if (e.code === 'UndetectableDelimiter' || placed.has(offset)) continue;
    placed.add(offset);
    fail(placeOf(csv, offset), 'csv', e.message);
  }
  if (errors.length > 0) return { ok: false, errors };
  const places = fieldPlaces(csv, delimiter);
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const at = (r: number, c: number): Place => places[r]?.[c] ?? places[r]?.[0] ?? { line: 1, col: 1 };
  const column = checkHeader(loaded.value, header, (c, m) => fail(at(0, c), 'header', m));
  if (!column) return { ok: false, errors };
  const exported = new Map(rowsOf(loaded.value).map((r) => [r.inject_id!, r]));
  const injectIds = [...exported.keys()];
  const suggester = new Suggester();
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const where = (name: string) => at(r, column.get(name) ?? 0);
    if (cells.length !== header.length) {
      fail(at(r, 0), 'fields', `this row has ${cells.length} field(s); the header has ${header.length}`);
      continue;
    }
    const cell = (name: string) => cells[column.get(name)!] ?? '';
    const id = cell('inject_id').trim();
    const before = exported.get(id);
    if (!before) {
      const near = suggester.near(id, injectIds);
      fail(where('inject_id'), 'unknown-inject', `unknown inject "${id}"${near === undefined ? '' : `; did you mean "${near}"?`}`);
      continue;
    }
    if (seen.has(id)) {
      fail(where('inject_id'), 'duplicate-inject', `inject "${id}" has more than one row`);
      continue;
    }
    seen.add(id);
    for (const name of READ_ONLY) {
      if (column.has(name) && cell(name) !== escapeCell(before[name] ?? '')) fail(where(name), 'read-only', `column ${name} is read-only here: change it in the scenario file`);
    }
    const index = loaded.value.scenario.injects.findIndex((x) => x.id === id);
    const timing = newTurn(loaded.value, before, column.has('turn') ? cell('turn') : before.turn!, column.has('scenario_time') ? cell('scenario_time') : before.scenario_time!);
    if (typeof timing === 'string') fail(where(timing.startsWith('scenario_time') ? 'scenario_time' : 'turn'), 'timing', timing);
    else if (timing !== undefined) edits.push({ path: ['injects', index, 'at'], value: timing ?? undefined, change: { inject: id, field: 'at', from: before.turn === '' ? null : Number(before.turn), to: timing } });
    for (const field of ['title', 'body'] as const) {
      const original = loaded.value.scenario.injects[index]![field];
      const texts = textEdits(loaded.value.scenario.locales, original, ['injects', index, field], (l) => cell(`${field}_${l}`), before, id, field);
      const garbled = texts.find((e) => JSON.stringify(e.value).includes('\ufffd'));
      // U+FFFD is what a wrong decoding leaves in place of each accent: never written into a scenario.
      if (garbled !== undefined) fail(where(`${field}_${garbled.change.locale ?? loaded.value.scenario.locales[0]}`), 'replacement-character', `the new ${field} contains "\ufffd" (U+FFFD), left where a wrong encoding lost a character: retype it, or save the sheet as UTF-8`);
      else edits.push(...texts);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  let text = scenarioText;
  for (const e of edits) text = applyEdit(text, e);
  const check = loadScenario(text, files.scenario);
  if (!check.ok) return { ok: false, errors: check.errors };
  return { ok: true, value: { text, changes: edits.map((e) => e.change) }, warnings: check.warnings };
}

/** Column name → index; null (with errors reported) when a required column is missing or repeated. */
function checkHeader(loaded: LoadedScenario, header: readonly string[], fail: (col: number, message: string) => void): Map<string, number> | null {
  const column = new Map<string, number>();
  let ok = true;
  header.forEach((name, i) => {
    const key = name.trim();
    if (column.has(key) && key !== '') {
      fail(i, `column "${key}" appears twice`);
      ok = false;
    }
    column.set(key, i);
  });
  const required = ['inject_id', ...loaded.scenario.locales.flatMap((l) => [`title_${l}`, `body_${l}`])];
  for (const name of required) {
    if (!column.has(name)) {
      fail(0, `missing column "${name}"`);
      ok = false;
    }
  }
  if (!column.has('turn') && !column.has('scenario_time')) {
    fail(0, 'missing column "turn" (or "scenario_time")');
    ok = false;
  }
  return ok ? column : null;
}

/**
 * The new `at`: undefined when unchanged, null to remove it, or a message. Either `turn` or
 * `scenario_time` may be edited (the other is then ignored); when both were, they must agree.
 */
function newTurn(loaded: LoadedScenario, before: Row, turnCell: string, timeCell: string): number | null | undefined | string {
  const t = turnCell.trim();
  const s = timeCell.trim();
  const turnEdited = t !== before.turn;
  const timeEdited = s !== before.scenario_time;
  if (!turnEdited && !timeEdited) return undefined;
  const last = totalTurns(loaded);
  let byTurn: number | null = null;
  if (turnEdited && t !== '') {
    if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > last) return `turn must be a whole number from 1 to ${last}, not "${t}"`;
    byTurn = Number(t);
  }
  let byTime: number | null = null;
  if (timeEdited && s !== '') {
    byTime = turnAt(loaded, s);
    const example = scenarioTime(loaded, 1);
    if (byTime === null && !Number.isFinite(Date.parse(s))) {
      return `scenario_time "${s}" is not a date and time like ${example}; if a spreadsheet reformatted it, delete the scenario_time column and use turn`;
    }
    if (byTime === null) return `scenario_time "${s}" is not the start of a turn (turn 1 starts at ${example}, turn ${last} at ${scenarioTime(loaded, last)})`;
  }
  if (turnEdited && timeEdited && byTurn !== byTime) return `turn "${t}" and scenario_time "${s}" disagree: change one of them`;
  const next = turnEdited ? byTurn : byTime;
  const current = before.turn === '' ? null : Number(before.turn);
  return next === current ? undefined : next;
}

/** Edits for one Text: a changed plain string stays plain when all languages agree; otherwise per language. */
function textEdits(locales: readonly string[], original: Text, path: JSONPath, cellOf: (locale: string) => string, before: Row, id: string, field: 'title' | 'body'): Edit[] {
  const next = new Map(locales.map((l) => [l, cellOf(l)] as const));
  const changed = locales.filter((l) => next.get(l) !== escapeCell(before[`${field}_${l}`] ?? ''));
  if (changed.length === 0) return [];
  const value = (l: string) => unescapeCell(next.get(l)!);
  const old = (l: string) => before[`${field}_${l}`] ?? '';
  if (typeof original === 'string') {
    const all = locales.map(value);
    const to = all.every((v) => v === all[0]) ? all[0]! : Object.fromEntries(locales.map((l) => [l, value(l)]));
    return [{ path, value: to, change: { inject: id, field, from: original, to: typeof to === 'string' ? to : JSON.stringify(to) } }];
  }
  return changed.map((l) => ({ path: [...path, l], value: value(l), change: { inject: id, field, locale: l, from: old(l), to: value(l) } }));
}

/** The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes (Excel in French writes `;`). */
function guessDelimiter(csv: string): string {
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of csv) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].reduce((best, x) => (x[1] > best[1] ? x : best))[0];
}
