/** A table whose rows become cards of "column: value" lines on a phone held upright (no sideways scroll). */
import { html, type TemplateResult } from '../view';

const NUMERIC = /^[\d\s.,%+−-]+$/;

/** `rows[i][0]` heads its row. Roles are explicit: the phone layout's `display: block` would drop the table's semantics. */
export function cardTable(head: string[], rows: string[][]): TemplateResult {
  return html`<table class="table card-table" role="table">
    <thead role="rowgroup"><tr role="row">${head.map((x) => html`<th scope="col" role="columnheader">${x}</th>`)}</tr></thead>
    <tbody role="rowgroup">${rows.map(
      (r) => html`<tr role="row">${r.map((x, i) => (i === 0 ? html`<th scope="row" role="rowheader">${x}</th>` : html`<td role="cell" class=${NUMERIC.test(x) ? 'mono' : ''} data-label=${head[i] ?? ''}>${x}</td>`))}</tr>`,
    )}</tbody>
  </table>`;
}
