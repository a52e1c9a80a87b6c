/** `check FILE... [--json]`: exit 0 if every file is valid, else 1 with one located error a line. */
import { type Diagnostic, formatDiagnostic, loadScenario } from '../../src/engine';
import { scenarioPath } from '../paths';
import { parseArgs } from './args';
import { err, out } from './output';
import { readText } from './files';
import { usage } from './usage';

interface FileResult {
  file: string;
  ok: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function runCheck(args: string[]): number {
  const parsed = parseArgs(args, [], ['json']);
  if (typeof parsed === 'string' || parsed.positional.length === 0) {
    err((typeof parsed === 'string' ? parsed + '\n' : '') + usage('check'));
    return 2;
  }
  const results = parsed.positional.map(checkFile);
  if (parsed.flags.json) out(JSON.stringify({ ok: results.every((r) => r.ok), files: results }, null, 2) + '\n');
  else for (const r of results) print(r);
  return results.every((r) => r.ok) ? 0 : 1;
}

function checkFile(arg: string): FileResult {
  const file = scenarioPath(arg);
  const read = readText(file);
  if ('error' in read) return { file, ok: false, errors: [read.error], warnings: [] };
  const r = loadScenario(read.text, file);
  return r.ok ? { file, ok: true, errors: [], warnings: r.warnings } : { file, ok: false, errors: r.errors, warnings: [] };
}

/** A file that cannot be read is said on stderr (as before); the checker's findings on stdout. */
function print(r: FileResult): void {
  const unreadable = r.errors[0]?.code.startsWith('file/') === true;
  for (const d of r.errors) (unreadable ? err : out)(formatDiagnostic(d) + '\n', 'error');
  for (const d of r.warnings) out(formatDiagnostic(d) + '\n', 'warning');
  if (r.ok) out(`${r.file}: ok${r.warnings.length ? ` (${r.warnings.length} warning(s))` : ''}\n`, 'ok');
}
