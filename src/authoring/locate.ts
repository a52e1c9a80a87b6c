/** The analyser's findings as located diagnostics: `FILE:LINE:COL: warning: message (pointer)`. */
import { type Diagnostic, locator, parseStrictJson, pathOfPointer } from '../engine';
import type { AnalysisFinding } from './report';

/** Locate each finding in the scenario's source text (line and column of the value its pointer names). */
export function locateFindings(findings: readonly AnalysisFinding[], text: string, file?: string): Diagnostic[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const locate = locator(source, parseStrictJson(source).root);
  return findings.map((f) => {
    const path = pathOfPointer(f.pointer);
    const d: Diagnostic = { severity: f.severity, code: `analysis/${f.code}`, message: f.message, params: f.params, pointer: f.pointer, ...locate({ severity: f.severity, code: f.code, message: f.message, path }) };
    if (file !== undefined) d.file = file;
    return d;
  });
}
