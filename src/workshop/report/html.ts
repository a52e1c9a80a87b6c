/**
 * Render a report document as a standalone printable HTML page. Every text goes through
 * escapeHtml; the page has no script and a Content-Security-Policy that forbids any.
 */
import type { Block, Doc } from './doc';
import { escapeHtml as h } from './escape';

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 "Atkinson Hyperlegible", system-ui, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #222; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #666; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
td.blank { min-width: 7rem; }
footer { margin-top: 2rem; font-size: .85rem; color: #444; }
@page { size: A4; margin: 15mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  table, li { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #e8e8e8 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${h(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${h(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${h(i)}</li>`).join('\n')}\n</ul>`;
    case 'fields':
      return `<dl>\n${b.items.map(([label, value]) => `<dt>${h(label)}</dt><dd>${h(value)}</dd>`).join('\n')}\n</dl>`;
    case 'table': {
      const blank = new Set(b.blank ?? []);
      const head = `<thead><tr>${b.head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${blank.has(i) ? ' class="blank"' : ''}>${h(c)}</td>`).join('')}</tr>`);
      return `<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

/** The document as a complete HTML page (print it to PDF from the browser). */
export function renderHtml(doc: Doc, footer: string): string {
  return `<!doctype html>
<html lang="${h(doc.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(doc.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
${doc.blocks.map(block).join('\n')}
<footer>${h(footer)}</footer>
</main>
</body>
</html>
`;
}
