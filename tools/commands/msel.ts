/**
 * `msel export FILE` prints the scenario's injects as an MSEL sheet (CSV) on stdout;
 * `msel import CSV --into FILE [--dry-run]` applies an edited sheet's timing and texts to FILE.
 */
import { err, out } from './output';
import { writeFileSync } from 'node:fs';
import { exportMsel, importMsel, type MselChange } from '../../src/authoring';
import { type Diagnostic, formatDiagnostic } from '../../src/engine';
import { parseArgs } from './args';
import { loadFile, readText } from './files';
import { usage } from './usage';

const USAGE = usage('msel');

export function runMsel(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub === 'export') return runExport(rest);
  if (sub === 'import') return runImport(rest);
  err((sub ? `unknown msel command "${sub}"\n` : '') + USAGE);
  return 2;
}

function runExport(args: string[]): number {
  const parsed = parseArgs(args, [], []);
  if (typeof parsed === 'string' || parsed.positional.length !== 1) {
    err((typeof parsed === 'string' ? parsed + '\n' : '') + USAGE);
    return 2;
  }
  const loaded = loadFile(parsed.positional[0]!);
  if (!loaded) return 1;
  out(exportMsel(loaded));
  return 0;
}

function runImport(args: string[]): number {
  const parsed = parseArgs(args, ['into'], ['dry-run', 'json']);
  const into = typeof parsed === 'string' ? undefined : parsed.flags.into;
  if (typeof parsed === 'string' || parsed.positional.length !== 1 || typeof into !== 'string') {
    err((typeof parsed === 'string' ? parsed + '\n' : '') + USAGE);
    return 2;
  }
  const csvFile = parsed.positional[0]!;
  const csv = readText(csvFile, { legacy: true });
  const scenario = readText(into);
  if ('error' in csv || 'error' in scenario) {
    for (const r of [csv, scenario]) if ('error' in r) err(formatDiagnostic(r.error) + '\n', 'error');
    return 1;
  }
  const result = importMsel(scenario.text, csv.text, { scenario: into, csv: csvFile });
  if (!result.ok) {
    for (const d of result.errors) err(located(d) + '\n', 'error');
    return 1;
  }
  for (const d of result.warnings) err(formatDiagnostic(d) + '\n', 'warning');
  const { changes } = result.value;
  const write = changes.length > 0 && !parsed.flags['dry-run'];
  if (write) writeFileSync(into, result.value.text);
  if (parsed.flags.json) {
    out(JSON.stringify({ file: into, changes, written: write }, null, 2) + '\n');
    return 0;
  }
  for (const c of changes) out(describe(c) + '\n');
  if (changes.length === 0) out(`${into}: nothing to change\n`);
  else if (!write) out(`${into}: ${changes.length} change(s) not written (--dry-run)\n`);
  else out(`${into}: ${changes.length} change(s) written\n`, 'ok');
  return 0;
}

/** CSV errors have no JSON pointer; scenario errors keep the checker's form. */
function located(d: Diagnostic): string {
  return d.code.startsWith('msel/') ? `${d.file ?? '<csv>'}:${d.line ?? 1}:${d.col ?? 1}: ${d.message}` : formatDiagnostic(d);
}

function describe(c: MselChange): string {
  const what = c.field === 'at' ? 'turn' : `${c.field}${c.locale ? ` (${c.locale})` : ''}`;
  const show = (v: string | number | null) => (v === null ? '(none)' : typeof v === 'number' ? String(v) : JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v));
  return `${c.inject}: ${what} ${show(c.from)} -> ${show(c.to)}`;
}
