/** The decisions open now, grouped by category, with cost and description; blocked ones say why. */
import { fmtMoney, t } from '../../i18n';
import { pick, type App, type Category, type DecisionStatus, type Session } from '../../store';
import { h } from '../dom';
import { icon } from '../icons';
import { reasonText } from '../names';
import { watch } from '../watch';

export const CATEGORY_ORDER = ['containment', 'communication', 'recovery', 'coordination', 'attribution'] as const satisfies readonly Category[];

/** The decisions the number keys 1–9 reach, in display order: the chosen and the legal ones. */
export function numbered(s: Session): string[] {
  const sc = s.loaded.scenario;
  const ids: string[] = [];
  for (const cat of CATEGORY_ORDER) {
    for (const d of sc.decisions) {
      if (d.category !== cat) continue;
      const st = s.statuses.find((x) => x.id === d.id);
      if (st && (st.legal || s.chosen.includes(d.id))) ids.push(d.id);
    }
  }
  return ids.slice(0, 9);
}

function costLine(staff: number, budget: number): HTMLElement {
  return h(
    'span',
    { class: 'decision-cost mono' },
    h('span', { class: 'cost-staff', attrs: { title: t('decisions.staffCost') } }, icon('person'), String(staff)),
    budget > 0 ? h('span', { class: 'cost-budget' }, fmtMoney(budget)) : h('span', { class: 'cost-budget muted' }, t('decisions.free')),
  );
}

function item(app: App, s: Session, st: DecisionStatus, key: number, lang: string): HTMLElement {
  const d = s.loaded.scenario.decisions.find((x) => x.id === st.id)!;
  const L = s.loaded.scenario.locales;
  const order = s.chosen.indexOf(d.id);
  const chosen = order !== -1;
  const blocked = !st.legal && !chosen;
  const why = blocked ? st.reasons.map((r) => reasonText(s.loaded, r, lang)).join(' · ') : '';
  const descId = `decision-desc-${d.id}`;
  const whyId = `decision-why-${d.id}`;
  const state = chosen ? 'chosen' : blocked ? 'blocked' : 'legal';
  return h(
    'li',
    { class: `decision is-${state}` },
    h(
      'button',
      {
        class: 'decision-toggle',
        testid: `decision-${d.id}`,
        attrs: {
          'aria-pressed': chosen,
          'aria-disabled': blocked || s.replay ? 'true' : null,
          'aria-describedby': blocked ? `${descId} ${whyId}` : descId,
          'aria-keyshortcuts': key > 0 ? String(key) : null,
          'data-decision': d.id,
          'data-state': state,
        },
        on: { click: () => app.actions.toggleDecision(d.id) },
      },
      h('span', { class: 'decision-key mono', attrs: { 'aria-hidden': 'true' } }, chosen ? icon('check') : key > 0 ? String(key) : ''),
      h('span', { class: 'decision-title' }, pick(d.title, lang, L), chosen ? h('span', { class: 'decision-order' }, ` · ${t('decisions.order', { n: order + 1 })}`) : null),
      costLine(d.cost.staff, d.cost.budget),
    ),
    h('p', { class: 'decision-desc', attrs: { id: descId } }, pick(d.description, lang, L)),
    blocked ? h('p', { class: 'decision-why', attrs: { id: whyId } }, icon('info'), why) : null,
  );
}

export function mountDecisions(root: HTMLElement, app: App): () => void {
  const groups = h('div', { class: 'decision-groups', testid: 'decisions' });
  root.replaceChildren(groups);
  return watch(app.store, (s) => [s.language, s.session?.statuses, s.session?.chosen] as const, ([lang]) => {
    const s = app.store.getState().session;
    if (!s) return;
    const focused = (document.activeElement as HTMLElement | null)?.dataset.decision;
    const scroll = root.scrollTop;
    const keys = numbered(s);
    const sc = s.loaded.scenario;
    const sections: HTMLElement[] = [];
    for (const cat of CATEGORY_ORDER) {
      const inCat = sc.decisions.filter((d) => d.category === cat);
      if (inCat.length === 0) continue;
      const statuses = inCat.map((d) => s.statuses.find((x) => x.id === d.id)).filter((x): x is DecisionStatus => x !== undefined);
      const done = statuses.filter((st) => !st.legal && !s.chosen.includes(st.id) && st.reasons.some((r) => r.code === 'used'));
      const shown = statuses.filter((st) => !done.includes(st));
      sections.push(
        h(
          'section',
          { class: `decision-group cat-${cat}`, attrs: { 'aria-labelledby': `cat-${cat}` } },
          h('h3', { class: 'group-title', attrs: { id: `cat-${cat}` } }, icon(cat, 'icon icon-cat'), t(`category.${cat}`)),
          h('ul', { class: 'decision-list' }, shown.map((st) => item(app, s, st, keys.indexOf(st.id) + 1, lang))),
          done.length ? h('p', { class: 'decision-done muted' }, t('decisions.done', { names: done.map((st) => pick(sc.decisions.find((x) => x.id === st.id)!.title, lang, sc.locales)).join(', ') })) : null,
        ),
      );
    }
    if (s.state.ending) sections.push(h('p', { class: 'muted' }, t('decisions.ended')));
    groups.replaceChildren(...sections);
    root.scrollTop = scroll;
    if (focused) (groups.querySelector(`[data-decision="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
  });
}
