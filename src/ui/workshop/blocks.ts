/** Report blocks (plain text) as lit-html templates: every string is bound as text, never markup. */
import type { Block } from '../../workshop';
import { html, type TemplateResult } from '../view';

export function renderBlocks(blocks: readonly Block[]): TemplateResult[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return b.level <= 2 ? html`<h3 class="ws-hw-sub">${b.text}</h3>` : html`<h4 class="ws-hw-sub">${b.text}</h4>`;
      case 'paragraph':
        return html`<p>${b.text}</p>`;
      case 'list':
        return html`<ul class="ws-hw-list">${b.items.map((x) => html`<li>${x}</li>`)}</ul>`;
      case 'fields':
        return html`<dl class="ws-hw-fields">${b.items.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
      case 'table':
        // Cells carry their column's name, so a phone can show each row as a card (small.css); roles keep it a table then.
        return html`<div class="ws-table-wrap"><table class="ws-table" role="table"><thead role="rowgroup"><tr role="row">${b.head.map((x) => html`<th scope="col" role="columnheader">${x}</th>`)}</tr></thead><tbody role="rowgroup">${b.rows.map((r) => html`<tr role="row">${r.map((x, i) => html`<td role="cell" data-label=${b.head[i] ?? ''}>${x}</td>`)}</tr>`)}</tbody></table></div>`;
    }
  });
}
