/** The decisions open now, grouped by category, with cost and description; blocked ones say why. */
import { fmtMoney, t } from '../../i18n';
import { pick, type App, type Category, type Decision, type DecisionStatus, type Session } from '../../store';
import { attrs, h, text } from '../dom';
import { icon } from '../icons';
import { reasonText } from '../names';
import { watch } from '../watch';

export const CATEGORY_ORDER = ['containment', 'communication', 'recovery', 'coordination', 'attribution'] as const satisfies readonly Category[];

/** The decisions the number keys 1–9 reach, in display order: the chosen and the legal ones. */
export function numbered(s: Session): string[] {
  const ids: string[] = [];
  for (const cat of CATEGORY_ORDER) {
    for (const d of s.loaded.scenario.decisions) {
      if (d.category !== cat) continue;
      const st = s.statuses.find((x) => x.id === d.id);
      if (st && (st.legal || s.chosen.includes(d.id))) ids.push(d.id);
    }
  }
  return ids.slice(0, 9);
}

/** The parts of a decision card that change while the player chooses. */
interface Item {
  li: HTMLElement;
  button: HTMLButtonElement;
  key: HTMLElement;
  order: HTMLElement;
  why: HTMLElement;
  whyText: HTMLElement;
}

function costLine(staff: number, budget: number): HTMLElement {
  return h(
    'span',
    { class: 'decision-cost mono' },
    h('span', { class: 'cost-staff', attrs: { title: t('game:decisions.staffCost') } }, icon('person'), String(staff)),
    budget > 0 ? h('span', { class: 'cost-budget' }, fmtMoney(budget)) : h('span', { class: 'cost-budget muted' }, t('game:decisions.free')),
  );
}

function buildItem(app: App, d: Decision, locales: readonly string[], lang: string): Item {
  const key = h('span', { class: 'decision-key mono', attrs: { 'aria-hidden': 'true' } });
  const order = h('span', { class: 'decision-order' });
  const whyText = h('span');
  const why = h('p', { class: 'decision-why', attrs: { id: `decision-why-${d.id}` } }, icon('info'), whyText);
  const button = h(
    'button',
    { class: 'decision-toggle', testid: `decision-${d.id}`, attrs: { 'data-decision': d.id }, on: { click: () => app.actions.toggleDecision(d.id) } },
    key,
    h('span', { class: 'decision-title' }, pick(d.title, lang, locales), order),
    costLine(d.cost.staff, d.cost.budget),
  );
  const li = h('li', { class: 'decision' }, button, h('p', { class: 'decision-desc', attrs: { id: `decision-desc-${d.id}` } }, pick(d.description, lang, locales)), why);
  return { li, button, key, order, why, whyText };
}

function updateItem(item: Item, s: Session, st: DecisionStatus, key: number, lang: string): void {
  const id = st.id;
  const order = s.chosen.indexOf(id);
  const chosen = order !== -1;
  const blocked = !st.legal && !chosen;
  const state = chosen ? 'chosen' : blocked ? 'blocked' : 'legal';
  const shortcut = key > 0 && !s.replay ? String(key) : null;
  item.li.className = `decision is-${state}`;
  attrs(item.button, {
    'aria-pressed': String(chosen),
    'aria-disabled': blocked || s.replay ? 'true' : null,
    'aria-describedby': blocked ? `decision-desc-${id} decision-why-${id}` : `decision-desc-${id}`,
    'aria-keyshortcuts': shortcut,
    'data-state': state,
  });
  if (chosen) {
    if (!item.key.firstElementChild) item.key.replaceChildren(icon('check'));
  } else text(item.key, shortcut ?? '');
  text(item.order, chosen ? ` · ${t('game:decisions.order', { n: order + 1 })}` : '');
  item.why.hidden = !blocked;
  text(item.whyText, blocked ? st.reasons.map((r) => reasonText(s.loaded, r, lang)).join(' · ') : '');
}

/** The decisions panel. */
export function mountDecisions(root: HTMLElement, app: App): () => void {
  const groups = h('div', { class: 'decision-groups', testid: 'decisions' });
  root.replaceChildren(groups);
  let items = new Map<string, Item>();
  let built: { lang: string; loaded: unknown } = { lang: '', loaded: null };

  // Cards are built once per scenario and language, regrouped each turn, and updated in place while the
  // player chooses, so focus and scroll stay put and a new turn costs little.
  const stopBuild = watch(app.store, (s) => [s.language, s.session?.loaded, s.session?.state, s.session?.replay] as const, ([lang]) => {
    const s = app.store.getState().session;
    if (!s) return;
    const sc = s.loaded.scenario;
    if (built.lang !== lang || built.loaded !== s.loaded) {
      items = new Map();
      built = { lang, loaded: s.loaded };
    }
    const sections: HTMLElement[] = [];
    for (const cat of CATEGORY_ORDER) {
      const inCat = sc.decisions.filter((d) => d.category === cat);
      if (inCat.length === 0) continue;
      const used = (d: Decision) => s.statuses.find((x) => x.id === d.id)?.reasons.some((r) => r.code === 'used') ?? false;
      const done = inCat.filter(used);
      const shown = inCat.filter((d) => !used(d) && s.statuses.some((x) => x.id === d.id));
      for (const d of shown) if (!items.has(d.id)) items.set(d.id, buildItem(app, d, sc.locales, lang));
      sections.push(
        h(
          'section',
          { class: `decision-group cat-${cat}`, attrs: { 'aria-labelledby': `cat-${cat}` } },
          h('h3', { class: 'group-title', attrs: { id: `cat-${cat}` } }, icon(cat, 'icon icon-cat'), t(`common:category.${cat}`)),
          h('ul', { class: 'decision-list' }, shown.map((d) => items.get(d.id)!.li)),
          done.length ? h('p', { class: 'decision-done muted' }, t('game:decisions.done', { names: done.map((d) => pick(d.title, lang, sc.locales)).join(', ') })) : null,
        ),
      );
    }
    if (s.state.ending) sections.push(h('p', { class: 'muted' }, t('game:decisions.ended')));
    groups.replaceChildren(...sections);
    update();
  }, { defer: true, label: 'decisions' });

  function update(): void {
    const s = app.store.getState().session;
    if (!s) return;
    const lang = app.store.getState().language;
    const keys = numbered(s);
    for (const st of s.statuses) {
      const item = items.get(st.id);
      if (item) updateItem(item, s, st, keys.indexOf(st.id) + 1, lang);
    }
  }

  const stopUpdate = watch(app.store, (s) => [s.session?.statuses, s.session?.chosen] as const, update, { defer: true, label: 'decisions-update' });
  return () => {
    stopUpdate();
    stopBuild();
  };
}
