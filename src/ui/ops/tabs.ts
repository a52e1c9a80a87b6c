/** An accessible tab list (ARIA tabs pattern: arrow keys move, Enter/Space or focus selects). */
import { fmtNumber } from '../../i18n';
import { h } from '../dom';

export interface Tab {
  id: string;
  label: HTMLElement;
  panel: HTMLElement;
}

/** Build tabs over the given panels; returns the tab list element and a selector. */
export function tabs(tabsDef: Tab[], onSelect?: (id: string) => void): { list: HTMLElement; select: (id: string) => void } {
  const buttons = tabsDef.map((tab) =>
    h('button', { class: 'tab', testid: `tab-${tab.id}`, attrs: { role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}` } }, tab.label),
  );
  const select = (id: string) => {
    tabsDef.forEach((tab, i) => {
      const on = tab.id === id;
      buttons[i]!.setAttribute('aria-selected', String(on));
      buttons[i]!.tabIndex = on ? 0 : -1;
      tab.panel.hidden = !on;
    });
    onSelect?.(id);
  };
  tabsDef.forEach((tab, i) => {
    tab.panel.id = `panel-${tab.id}`;
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.setAttribute('aria-labelledby', `tab-${tab.id}`);
    tab.panel.tabIndex = 0;
    buttons[i]!.addEventListener('click', () => select(tab.id));
    buttons[i]!.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = (i + step + tabsDef.length) % tabsDef.length;
      select(tabsDef[next]!.id);
      buttons[next]!.focus();
    });
  });
  select(tabsDef[0]!.id);
  return { list: h('div', { class: 'tabs', attrs: { role: 'tablist' } }, buttons), select };
}

/**
 * A tab's label: its name and, when there is one, a count badge, so it stays on one line in
 * either language ("Attribution (3 recherches)" wrapped); screen readers hear the full phrase.
 */
export function setTabLabel(el: HTMLElement, name: string, count: number, phrase: string): void {
  if (!count) {
    el.replaceChildren(name);
    return;
  }
  el.replaceChildren(h('span', { attrs: { 'aria-hidden': 'true' } }, name, ' ', h('span', { class: 'tab-badge' }, fmtNumber(count, 0))), h('span', { class: 'sr-only' }, phrase));
}
