/** The attribution board: the actors, the player's probabilities (always 100 % in all), the evidence found and the empty searches. */
import { fmtTime, offsetOf, t } from '../../i18n';
import { pick, type App, type Session } from '../../store';
import { h, paragraphs, text } from '../dom';
import { icon } from '../icons';
import { Disposer, watch } from '../watch';

function evidenceList(s: Session, lang: string): HTMLElement[] {
  const sc = s.loaded.scenario;
  const off = offsetOf(sc.clock.start);
  const found = s.state.searches.filter((x) => x.found);
  const empty = s.state.searches.filter((x) => !x.found);
  const at = (turn: number) => t('game:feed.at', { time: fmtTime((s.timeline[turn - 1] ?? s.clock).iso, off), turn });
  return [
    h('h3', { class: 'group-title' }, icon('search', 'icon icon-cat'), t('game:attribution.found', { count: found.length })),
    found.length
      ? h(
          'ul',
          { class: 'evidence-list', testid: 'evidence-found' },
          found.map((x) => {
            const e = sc.evidence.find((y) => y.id === x.evidence)!;
            return h(
              'li',
              { class: 'evidence', testid: `evidence-${x.evidence}` },
              h('h4', null, pick(e.title, lang, sc.locales)),
              paragraphs(pick(e.body, lang, sc.locales), 'prose evidence-body'),
              h('p', { class: 'muted evidence-source' }, t('game:attribution.source', { source: pick(e.source, lang, sc.locales), when: at(x.turn) })),
            );
          }),
        )
      : h('p', { class: 'muted' }, t('game:attribution.noneFound')),
    h('h3', { class: 'group-title' }, icon('searchEmpty', 'icon icon-cat'), t('game:attribution.empty', { count: empty.length })),
    empty.length
      ? h(
          'ul',
          { class: 'empty-searches', testid: 'evidence-empty' },
          empty.map((x) => h('li', null, t('game:attribution.emptyItem', { title: pick(sc.evidence.find((y) => y.id === x.evidence)!.title, lang, sc.locales), when: at(x.turn) }))),
        )
      : h('p', { class: 'muted' }, t('game:attribution.noEmpty')),
  ];
}

/** The attribution board panel. */
export function mountAttribution(root: HTMLElement, app: App): () => void {
  const d = new Disposer();
  const sliders = new Map<string, { input: HTMLInputElement; out: HTMLOutputElement; bar: HTMLElement }>();
  const total = h('p', { class: 'assessment-total mono', testid: 'assessment-total' });

  const update = () => {
    const s = app.store.getState().session;
    if (!s) return;
    let sum = 0;
    for (const [id, { input, out, bar }] of sliders) {
      const v = s.assessment[id] ?? 0;
      sum += v;
      if (input.valueAsNumber !== v) input.value = String(v);
      input.setAttribute('aria-valuetext', `${v} %`);
      text(out, `${v} %`);
      bar.style.width = `${v}%`;
    }
    text(total, t('game:attribution.total', { sum }));
  };

  d.add(
    watch(app.store, (s) => [s.language, s.session?.loaded, s.session?.state.searches, s.session?.replay] as const, ([lang]) => {
      const s = app.store.getState().session;
      if (!s) return;
      const sc = s.loaded.scenario;
      sliders.clear();
      const actors = sc.actors.map((a) => {
        const id = `prob-${a.id}`;
        const input = h('input', {
          class: 'slider',
          testid: `probability-${a.id}`,
          attrs: { id, type: 'range', min: 0, max: 100, step: 1, disabled: s.replay !== null },
          on: { input: () => app.actions.setProbability(a.id, input.valueAsNumber) },
        });
        const out = h('output', { class: 'mono prob-value', attrs: { for: id } });
        const bar = h('span', { class: 'prob-bar-fill' });
        sliders.set(a.id, { input, out, bar });
        return h(
          'li',
          { class: 'actor' },
          h('div', { class: 'actor-head' }, h('label', { attrs: { for: id } }, pick(a.name, lang, sc.locales)), out),
          input,
          h('span', { class: 'prob-bar', attrs: { 'aria-hidden': 'true' } }, bar),
          h('p', { class: 'actor-desc muted' }, pick(a.description, lang, sc.locales)),
        );
      });
      root.replaceChildren(
        h('h3', { class: 'group-title' }, icon('attribution', 'icon icon-cat'), t('game:attribution.heading')),
        h('p', { class: 'hint' }, s.assessed ? t('game:attribution.hint') : t('game:attribution.hintPriors')),
        h('ul', { class: 'actor-list', testid: 'assessment' }, actors),
        total,
        ...evidenceList(s, lang),
      );
      update();
    }, { defer: true, label: 'attribution' }),
  );
  d.add(watch(app.store, (s) => [s.session?.assessment] as const, update));
  return () => d.dispose();
}
