/** Reading scenario files for the CLI, with the checker's located errors. */
import { err } from './output';
import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../../src/authoring';
import { type Diagnostic, formatDiagnostic, type LoadedScenario, loadScenario } from '../../src/engine';
import { scenarioPath } from '../paths';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Read a text file, or an error diagnostic (missing, a directory, too large, not UTF-8 or UTF-16
 * with its mark). `legacy`: a spreadsheet's CSV, which Excel saves in Windows-1252; the reader
 * is told on stderr when the file was read so.
 */
export function readText(file: string, options: { legacy?: boolean } = {}): { text: string } | { error: Diagnostic } {
  const fail = (code: string, message: string, extra: Partial<Diagnostic> = {}) => ({ error: { severity: 'error' as const, code, message, pointer: '', file, ...extra } });
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    if (!st.isFile()) return fail('file/not-a-file', 'not a file');
    if (st.size > MAX_FILE_BYTES) return fail('file/too-large', `file is ${st.size} bytes; the limit is ${MAX_FILE_BYTES}`);
    bytes = readFileSync(file);
  } catch (e) {
    return fail('file/unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const decoded = decodeText(bytes, options);
  if (!decoded.ok) return fail(decoded.code, decoded.message, { params: decoded.params, ...lineOf(bytes, decoded.params.offset) });
  if (decoded.encoding === 'windows-1252') err(`${file}: not UTF-8; read as Windows-1252, as Excel saves CSV files\n`);
  return { text: decoded.text };
}

/** The line and column (in bytes) of a 1-based byte offset, for an encoding error. */
function lineOf(bytes: Uint8Array, offset: string | number | undefined): { line: number; col: number } | Record<string, never> {
  if (typeof offset !== 'number') return {};
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset - 1; i++) {
    if (bytes[i] !== 0x0a) continue;
    line++;
    start = i + 1;
  }
  return { line, col: offset - start };
}

/** Load and check a scenario file (or a bundled scenario's id); prints its diagnostics to stderr and returns null when invalid. */
export function loadFile(arg: string): LoadedScenario | null {
  const file = scenarioPath(arg);
  const read = readText(file);
  if ('error' in read) {
    err(formatDiagnostic(read.error) + '\n', 'error');
    return null;
  }
  const r = loadScenario(read.text, file);
  if (!r.ok) {
    for (const d of r.errors) err(formatDiagnostic(d) + '\n', 'error');
    return null;
  }
  for (const d of r.warnings) err(formatDiagnostic(d) + '\n', 'warning');
  return r.value;
}
