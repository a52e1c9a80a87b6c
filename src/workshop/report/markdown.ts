/** Render a report document as Markdown, every text escaped. */
import type { Block, Doc } from './doc';
import { escapeMarkdown as md } from './escape';

function row(cells: string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : md(c))).join(' | ')} |`;
}

function block(b: Block, colon: string): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${md(b.text)}`;
    case 'paragraph':
      return md(b.text);
    case 'list':
      return b.items.map((item) => `- ${md(item)}`).join('\n');
    case 'fields':
      return b.items.map(([label, value]) => `- **${md(label)}**${md(colon)} ${md(value)}`).join('\n');
    case 'table':
      return [row(b.head), `|${b.head.map(() => ' --- |').join('')}`, ...b.rows.map(row)].join('\n');
  }
}

/** The document as Markdown text. */
export function renderMarkdown(doc: Doc): string {
  return doc.blocks.map((b) => block(b, doc.colon)).join('\n\n') + '\n';
}
