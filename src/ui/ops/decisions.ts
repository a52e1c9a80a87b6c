/** The decisions open now, grouped by category, with cost and description; blocked ones say why. */
import { fmtMoney, t } from '../../i18n';
import { pick, type App, type Category, type Decision, type DecisionStatus, type Session } from '../../store';
import { iconOf } from '../iconView';
import { reasonText } from '../names';
import { html, mountView, nothing, repeat } from '../view';

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

const costLine = (staff: number, budget: number) =>
  html`<span class="decision-cost mono">
    <span class="cost-staff" title=${t('game:decisions.staffCost')}>${iconOf('person')}${staff}</span>
    ${budget > 0 ? html`<span class="cost-budget">${fmtMoney(budget)}</span>` : html`<span class="cost-budget muted">${t('game:decisions.free')}</span>`}
  </span>`;

function card(app: App, s: Session, d: Decision, st: DecisionStatus, key: number, lang: string) {
  const sc = s.loaded.scenario;
  const order = s.chosen.indexOf(d.id);
  const chosen = order !== -1;
  const blocked = !st.legal && !chosen;
  const state = chosen ? 'chosen' : blocked ? 'blocked' : 'legal';
  const shortcut = key > 0 && !s.replay ? String(key) : null;
  const desc = `decision-desc-${d.id}`;
  const why = `decision-why-${d.id}`;
  // The whole card answers a tap (its description too); the button stays the one control for keys and screen readers.
  const tapCard = (e: Event) => {
    if (!(e.target as Element).closest('button')) app.actions.toggleDecision(d.id);
  };
  return html`<li class="decision is-${state}" @click=${tapCard}>
    <button class="decision-toggle" data-testid=${`decision-${d.id}`} data-decision=${d.id} data-state=${state}
      aria-pressed=${String(chosen)} aria-disabled=${blocked || s.replay ? 'true' : nothing}
      aria-describedby=${blocked ? `${desc} ${why}` : desc} aria-keyshortcuts=${shortcut ?? nothing}
      @click=${() => app.actions.toggleDecision(d.id)}>
      <span class="decision-key mono" aria-hidden="true">${chosen ? iconOf('check') : (shortcut ?? '')}</span>
      <span class="decision-title">${pick(d.title, lang, sc.locales)}<span class="decision-order">${chosen ? ` · ${t('game:decisions.order', { n: order + 1 })}` : ''}</span></span>
      ${costLine(d.cost.staff, d.cost.budget)}
    </button>
    <p class="decision-desc" id=${desc}>${pick(d.description, lang, sc.locales)}</p>
    <p class="decision-why" id=${why} ?hidden=${!blocked}>${iconOf('info')}<span>${blocked ? st.reasons.map((r) => reasonText(s.loaded, r, lang)).join(' · ') : ''}</span></p>
  </li>`;
}

function group(app: App, s: Session, cat: Category, keys: string[], lang: string) {
  const sc = s.loaded.scenario;
  const inCat = sc.decisions.filter((d) => d.category === cat);
  if (inCat.length === 0) return nothing;
  const status = (d: Decision) => s.statuses.find((x) => x.id === d.id);
  const used = (d: Decision) => status(d)?.reasons.some((r) => r.code === 'used') ?? false;
  const done = inCat.filter(used);
  const shown = inCat.filter((d) => !used(d) && status(d) !== undefined);
  return html`<section class="decision-group cat-${cat}" aria-labelledby=${`cat-${cat}`}>
    <h3 class="group-title" id=${`cat-${cat}`}>${iconOf(cat, 'icon icon-cat')}${t(`common:category.${cat}`)}</h3>
    <ul class="decision-list">${repeat(shown, (d) => d.id, (d) => card(app, s, d, status(d)!, keys.indexOf(d.id) + 1, lang))}</ul>
    ${done.length ? html`<p class="decision-done muted">${t('game:decisions.done', { names: done.map((d) => pick(d.title, lang, sc.locales)).join(', ') })}</p>` : nothing}
  </section>`;
}

/** The decisions panel: re-rendered from the session; cards are keyed by decision, so focus stays on the card in use. */
export function mountDecisions(root: HTMLElement, app: App): () => void {
  const groups = document.createElement('div');
  groups.className = 'decision-groups';
  groups.dataset.testid = 'decisions';
  root.replaceChildren(groups);
  return mountView(
    groups,
    app.store,
    (s) => [s.language, s.session?.loaded, s.session?.state, s.session?.replay, s.session?.statuses, s.session?.chosen] as const,
    ([lang]) => {
      const s = app.store.getState().session;
      if (!s) return nothing;
      const keys = numbered(s);
      return html`${CATEGORY_ORDER.map((cat) => group(app, s, cat, keys, lang))}
        ${s.state.ending ? html`<p class="muted">${t('game:decisions.ended')}</p>` : nothing}`;
    },
    { defer: true, label: 'decisions' },
  );
}
