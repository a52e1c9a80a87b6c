/** Reading scenario files for the CLI, with the checker's located errors. */
import { readFileSync, statSync } from 'node:fs';
import { type Diagnostic, formatDiagnostic, type LoadedScenario, loadScenario } from '../../src/engine';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Read a text file, or an error diagnostic (missing, a directory, too large). */
export function readText(file: string): { text: string } | { error: Diagnostic } {
  const fail = (code: string, message: string) => ({ error: { severity: 'error' as const, code, message, pointer: '', file } });
  try {
    const st = statSync(file);
    if (!st.isFile()) return fail('file/not-a-file', 'not a file');
    if (st.size > MAX_FILE_BYTES) return fail('file/too-large', `file is ${st.size} bytes; the limit is ${MAX_FILE_BYTES}`);
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    return fail('file/unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** Load and check a scenario file; prints its diagnostics to stderr and returns null when invalid. */
export function loadFile(file: string): LoadedScenario | null {
  const read = readText(file);
  if ('error' in read) {
    process.stderr.write(formatDiagnostic(read.error) + '\n');
    return null;
  }
  const r = loadScenario(read.text, file);
  if (!r.ok) {
    for (const d of r.errors) process.stderr.write(formatDiagnostic(d) + '\n');
    return null;
  }
  for (const d of r.warnings) process.stderr.write(formatDiagnostic(d) + '\n');
  return r.value;
}
