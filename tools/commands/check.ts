/** `check FILE...`: exit 0 if every file is valid, else 1 with one located error a line. */
import { formatDiagnostic, loadScenario } from '../../src/engine';
import { err, out } from './output';
import { readText } from './files';

export function runCheck(args: string[]): number {
  if (args.length === 0 || args.some((a) => a.startsWith('--'))) {
    err('usage: npm run cellule -- check FILE...\n');
    return 2;
  }
  let failed = false;
  for (const file of args) {
    const read = readText(file);
    if ('error' in read) {
      err(formatDiagnostic(read.error) + '\n');
      failed = true;
      continue;
    }
    const r = loadScenario(read.text, file);
    const diagnostics = r.ok ? r.warnings : r.errors;
    for (const d of diagnostics) out(formatDiagnostic(d) + '\n');
    if (!r.ok) failed = true;
    else out(`${file}: ok${r.warnings.length ? ` (${r.warnings.length} warning(s))` : ''}\n`);
  }
  return failed ? 1 : 0;
}
