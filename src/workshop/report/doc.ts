/** A report as plain-text blocks; the Markdown and HTML renderers do all the escaping. */

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** Label → value pairs (a definition list in HTML, a two-column table in Markdown). */
  | { kind: 'fields'; items: [string, string][] }
  /** `blank` columns are left empty for the trainer to fill in on paper. */
  | { kind: 'table'; head: string[]; rows: string[][]; blank?: number[] };

export interface Doc {
  title: string;
  lang: string;
  /** What follows a field's label in running text (":" in English, " :" in French). */
  colon: string;
  blocks: Block[];
}
