/** The checker's diagnostics as the studio lists them: located in the source, ordered by position. Pure. */
import type { AnalysisFinding } from '../../authoring';
import type { Diagnostic } from '../../store';

export interface Finding {
  severity: Diagnostic['severity'];
  code: string;
  diagnostic: Diagnostic;
  pointer: string;
  /** 1-based line and column in the source (1:1 when the checker could not place it). */
  line: number;
  col: number;
  /** Character offset in the source, for the editor's cursor. */
  offset: number;
  /** The analyser's own finding (its sentence comes from the check panel's strings). */
  analysis?: AnalysisFinding;
}

/** Character offset of a 1-based line and column in `text`, clamped to the text. */
export function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    at = nl + 1;
  }
  const end = text.indexOf('\n', at);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(at + Math.max(0, col - 1), lineEnd);
}

const RANK: Record<string, number> = { error: 0, warning: 1, note: 2 };

/** Findings of a check of `text`: errors first, then by position. */
export function findingsOf(text: string, diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics
    .map((d) => {
      const line = d.line ?? 1;
      const col = d.col ?? 1;
      return { severity: d.severity, code: d.code, diagnostic: d, pointer: d.pointer, line, col, offset: offsetOf(text, line, col) };
    })
    .sort((a, b) => (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3) || a.offset - b.offset);
}

/** Whether the draft can be play-tested: no error among its findings. */
export const playable = (findings: readonly Finding[]): boolean => findings.every((f) => f.severity !== 'error');

/** A finding as a mark in the source: from its position to the end of that line (a point at a line's end). */
export interface SourceMark {
  from: number;
  to: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** The marks of `findings` in `text`, each with its sentence. */
export function marksOf(text: string, findings: readonly Finding[], sentence: (f: Finding) => string): SourceMark[] {
  return findings.map((f) => {
    const from = Math.min(f.offset, text.length);
    const eol = text.indexOf('\n', from);
    const lineEnd = eol === -1 ? text.length : eol;
    const to = lineEnd;
    return { from, to, severity: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info', message: sentence(f) };
  });
}
