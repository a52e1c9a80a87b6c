/** The briefing: the situation, the clock, the means, what will be scored, the suspects. */
import { fmtDateTime, fmtDuration, fmtMoney, fmtPercent, offsetOf, t } from '../../i18n';
import { pick, type Session } from '../../store';
import { h, paragraphs } from '../dom';
import { icon } from '../icons';
import { CATEGORY_ORDER } from '../ops/decisions';
import { Disposer, watch } from '../watch';
import type { View } from './view';

function facts(s: Session, lang: string): HTMLElement {
  const sc = s.loaded.scenario;
  const L = sc.locales;
  const start = sc.clock.start;
  const fact = (label: string, value: string, testid?: string) => h('div', { class: 'fact' }, h('dt', null, label), h('dd', testid ? { testid } : null, value));
  return h(
    'dl',
    { class: 'facts' },
    fact(t('game:briefing.start'), fmtDateTime(start, offsetOf(start))),
    fact(t('game:briefing.turns'), String(s.totalTurns)),
    fact(t('game:briefing.staff'), t('game:briefing.staffValue', { count: sc.resources.staff })),
    fact(t('game:briefing.budget'), fmtMoney(sc.resources.budget)),
    fact(t('game:briefing.difficulty'), t(`common:difficulty.${sc.difficulty}`)),
    fact(t('game:briefing.seed'), String(s.state.seed), 'briefing-seed'),
    h(
      'div',
      { class: 'fact fact-wide' },
      h('dt', null, t('game:briefing.phases')),
      h('dd', null, h('ol', { class: 'phases' }, sc.clock.phases.map((p) => h('li', null, t('game:briefing.phase', { title: pick(p.title, lang, L), count: p.turns, each: fmtDuration(p.minutesPerTurn) }))))),
    ),
  );
}

function objectives(s: Session, lang: string): HTMLElement {
  const sc = s.loaded.scenario;
  const total = sc.objectives.reduce((a, o) => a + o.weight, 0);
  return h(
    'div',
    { class: 'objective-groups' },
    CATEGORY_ORDER.map((cat) => {
      const list = sc.objectives.filter((o) => o.category === cat);
      if (list.length === 0) return null;
      const share = list.reduce((a, o) => a + o.weight, 0) / total;
      return h(
        'section',
        { class: 'objective-group' },
        h('h4', { class: 'group-title' }, icon(cat, 'icon icon-cat'), `${t(`common:category.${cat}`)} · ${fmtPercent(share)}`),
        h('ul', { class: 'objective-list' }, list.map((o) => h('li', null, h('span', { class: 'objective-title' }, pick(o.title, lang, sc.locales)), h('span', { class: 'muted mono' }, fmtPercent(o.weight / total))))),
      );
    }),
  );
}

function indicators(s: Session, lang: string): HTMLElement {
  const sc = s.loaded.scenario;
  return h(
    'ul',
    { class: 'indicator-list' },
    sc.metrics
      .filter((m) => m.visible !== false)
      .map((m) => h('li', null, h('strong', null, pick(m.label, lang, sc.locales)), h('span', { class: 'muted' }, ` · ${t(m.good === 'high' ? 'game:briefing.higherBetter' : 'game:briefing.lowerBetter')}`), m.describe ? h('p', { class: 'muted' }, pick(m.describe, lang, sc.locales)) : null)),
  );
}

function suspects(s: Session, lang: string): HTMLElement | null {
  const sc = s.loaded.scenario;
  if (sc.actors.length === 0) return null;
  const total = sc.actors.reduce((a, x) => a + x.prior, 0);
  return h(
    'section',
    { class: 'panel' },
    h('h3', null, t('game:briefing.suspects')),
    h(
      'ul',
      { class: 'actor-list' },
      sc.actors.map((a) =>
        h('li', null, h('strong', null, pick(a.name, lang, sc.locales)), h('span', { class: 'muted' }, ` · ${t('game:briefing.prior')} ${fmtPercent(a.prior / total)}`), h('p', null, pick(a.description, lang, sc.locales))),
      ),
    ),
  );
}

/** The briefing screen. */
export const mountBriefing: View = (root, app, shell) => {
  const d = new Disposer();
  const main = h('article', { class: 'briefing-main', attrs: { 'aria-labelledby': 'briefing-heading' } });
  const side = h('div', { class: 'briefing-side' });
  const slot = h('div', { class: 'stage-slot map-preview', attrs: { 'aria-hidden': 'true' } });
  root.append(h('div', { class: 'screen briefing-screen' }, main, h('div', { class: 'briefing-side-col' }, slot, side)));
  d.add(
    watch(app.store, (s) => [s.language, s.session] as const, ([lang, s]) => {
      if (!s) return;
      const sc = s.loaded.scenario;
      main.replaceChildren(
        h('p', { class: 'eyebrow' }, t('game:briefing.eyebrow')),
        h('h2', { attrs: { id: 'briefing-heading' } }, pick(sc.title, lang, sc.locales)),
        paragraphs(pick(sc.briefing, lang, sc.locales), 'prose prose-large'),
        h(
          'div',
          { class: 'row' },
          h('button', { class: 'btn btn-ghost', testid: 'back', on: { click: () => app.actions.quitToTitle() } }, icon('home'), h('span', null, t('common:common.backToTitle'))),
          h('button', { class: 'btn btn-primary btn-large', testid: 'start-game', on: { click: () => app.actions.startPlay() } }, icon('play'), h('span', null, t('game:briefing.startButton'))),
        ),
      );
      side.replaceChildren(
        h('section', { class: 'panel' }, h('h3', null, t('game:briefing.facts')), facts(s, lang)),
        h('section', { class: 'panel' }, h('h3', null, t('game:briefing.objectives')), objectives(s, lang)),
        h('section', { class: 'panel' }, h('h3', null, t('game:briefing.indicators')), indicators(s, lang)),
        ...[suspects(s, lang)].filter((x) => x !== null),
      );
    }),
  );
  shell.stage.show(slot, 'Briefing');
  d.add(() => shell.stage.release(slot));
  queueMicrotask(() => (root.querySelector('[data-testid="start-game"]') as HTMLElement | null)?.focus());
  return () => d.dispose();
};
