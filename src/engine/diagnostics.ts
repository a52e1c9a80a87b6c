/** Located problems found while loading, checking or replaying. Never thrown: returned. */

/** `note`: something an author may want to know that is not a problem (e.g. uninformative evidence they declared so). */
export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine code, e.g. `schema/unknown-key`, `ref/unknown-id`, `expr/unknown-name`; views translate it. */
  code: string;
  /** English sentence for the CLI and logs (the game translates `code` + `params` instead). */
  message: string;
  params?: Record<string, string | number>;
  /** JSON pointer (RFC 6901) to the offending value, '' for the whole document. */
  pointer: string;
  /** 1-based line and column, when the source text is known. */
  line?: number;
  col?: number;
  file?: string;
}

/** The one result shape; `E` narrows the errors' type where a producer says more (a play error's reasons). */
export type Result<T, E extends Diagnostic = Diagnostic> = { ok: true; value: T; warnings: Diagnostic[] } | { ok: false; errors: E[] };

/** `FILE:LINE:COL: message (JSON pointer)` — the CLI's one-line form. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file ?? '<input>'}:${d.line ?? 1}:${d.col ?? 1}`;
  const tag = d.severity === 'error' ? '' : `${d.severity}: `;
  return `${where}: ${tag}${d.message} (${d.pointer === '' ? '/' : d.pointer})`;
}

/** Escape one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + pointerSegment(s)).join('');
}

/** The path a JSON pointer names (`pointerOf`'s inverse): segments unescaped, array indexes as numbers. */
export function pathOfPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => {
      const s = segment.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s;
    });
}
