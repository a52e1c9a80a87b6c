/** Report blocks (plain text) as DOM: every string becomes a text node, never markup. */
import type { Block } from '../../workshop';
import { h } from '../dom';

export function renderBlocks(blocks: readonly Block[]): HTMLElement[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return h(b.level <= 2 ? 'h3' : 'h4', { class: 'ws-hw-sub' }, b.text);
      case 'paragraph':
        return h('p', null, b.text);
      case 'list':
        return h('ul', { class: 'ws-hw-list' }, b.items.map((x) => h('li', null, x)));
      case 'fields':
        return h('dl', { class: 'ws-hw-fields' }, b.items.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
      case 'table':
        return h(
          'div',
          { class: 'ws-table-wrap' },
          h('table', { class: 'ws-table' }, h('thead', null, h('tr', null, b.head.map((x) => h('th', { attrs: { scope: 'col' } }, x)))), h('tbody', null, b.rows.map((r) => h('tr', null, r.map((x) => h('td', null, x)))))),
        );
    }
  });
}
