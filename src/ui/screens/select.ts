/** Scenario select: the bundled scenarios and any loaded from disk, with details and a map preview. */
import { has, t, tDynamic } from '../../i18n';
import { pick, type ScenarioEntry } from '../../store';
import { checkPanel, type CheckPanel } from '../check/panel';
import { fill, h } from '../dom';
import { fileInput } from '../files';
import { icon } from '../icons';
import { openFile } from '../openFile';
import { diagnosticText } from '../problems';
import { Disposer, watch } from '../watch';
import type { View } from './view';

/** A bundled tag in the UI's language; an author's own tag as written. */
const tagName = (tag: string): string => (has(`common:tag.${tag}`) ? tDynamic(`common:tag.${tag}`) : tag);

function card(entry: ScenarioEntry, lang: string, selected: boolean, onPick: () => void): HTMLElement {
  const sc = entry.loaded?.scenario;
  const name = sc ? pick(sc.title, lang, sc.locales) : entry.source.kind === 'bundled' ? entry.source.id : entry.source.file;
  return h(
    'li',
    null,
    h(
      'button',
      {
        class: 'scenario-card',
        testid: `scenario-${sc?.id ?? entry.key}`,
        attrs: { 'aria-pressed': selected },
        on: { click: onPick },
      },
      h('span', { class: 'scenario-card-title' }, name),
      sc
        ? h(
            'span',
            { class: 'chips' },
            h('span', { class: `chip chip-${sc.difficulty}` }, t(`common:difficulty.${sc.difficulty}`)),
            h('span', { class: 'chip' }, t('common:select.minutes', { count: sc.estimatedMinutes })),
            entry.source.kind === 'custom' ? h('span', { class: 'chip chip-custom' }, t('common:select.custom')) : null,
            h('span', { class: 'chip' }, sc.locales.join(' · ').toUpperCase()),
          )
        : h('span', { class: 'chip chip-broken' }, t('common:select.broken', { count: entry.errors.length })),
      sc ? h('span', { class: 'scenario-card-summary' }, pick(sc.summary, lang, sc.locales)) : null,
    ),
  );
}

/** The scenario select screen. */
export const mountSelect: View = (root, app, shell) => {
  const d = new Disposer();
  // One check panel per scenario entry, kept while the screen is up so that a running or finished check survives re-renders.
  const checks = new Map<string, { entry: ScenarioEntry; panel: CheckPanel }>();
  d.add(() => checks.forEach((c) => c.panel.dispose()));
  const checkFor = (entry: ScenarioEntry): HTMLElement => {
    let c = checks.get(entry.key);
    if (c?.entry !== entry) {
      c?.panel.dispose();
      checks.set(entry.key, (c = { entry, panel: checkPanel(app, entry) }));
    }
    return c.panel.el;
  };
  const list = h('ul', { class: 'scenario-list', attrs: { 'aria-labelledby': 'select-heading' } });
  const details = h('div', { class: 'scenario-details' });
  const slot = h('div', { class: 'stage-slot map-preview', attrs: { 'aria-hidden': 'true' } });
  const seed = h('input', { class: 'input', testid: 'seed-input', attrs: { id: 'seed', type: 'number', inputmode: 'numeric', min: 1, step: 1 } });
  const input = fileInput('scenario-file-input', (file) => void openFile(app, file));
  const loadBtn = h('button', { class: 'btn', testid: 'load-file', on: { click: () => input.click() } }, icon('upload'), h('span', null));
  const heading = h('h2', { attrs: { id: 'select-heading' } });
  const back = h('button', { class: 'btn btn-ghost', testid: 'back', on: { click: () => app.actions.goTo('title') } }, icon('home'), h('span', null));
  root.append(
    h(
      'div',
      { class: 'screen select-screen' },
      h('div', { class: 'select-list-col' }, h('div', { class: 'screen-head' }, back, heading), list, h('div', { class: 'row' }, loadBtn, input)),
      h('div', { class: 'select-details-col' }, slot, details),
    ),
  );

  const start = () => {
    const key = app.store.getState().selected;
    const v = seed.value.trim();
    if (key) void app.actions.newGame(key, /^\d{1,15}$/.test(v) ? Number(v) : undefined);
  };

  d.add(
    watch(app.store, (s) => [s.language, s.scenarios, s.selected] as const, ([lang, scenarios, selected]) => {
      heading.textContent = t('common:select.heading');
      back.lastElementChild!.textContent = t('common:common.backToTitle');
      loadBtn.lastElementChild!.textContent = t('common:title.loadFile');
      const focusedKey = (document.activeElement as HTMLElement | null)?.dataset.key;
      list.replaceChildren(
        ...(scenarios ?? []).map((e) => {
          const li = card(e, lang, e.key === selected, () => app.actions.select(e.key));
          (li.firstElementChild as HTMLElement).dataset.key = e.key;
          return li;
        }),
      );
      if (focusedKey) (list.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`) as HTMLElement | null)?.focus();
      else if (document.activeElement === document.body) (list.querySelector('[aria-pressed="true"]') as HTMLElement | null)?.focus();
      const entry = scenarios?.find((x) => x.key === selected);
      const sc = entry?.loaded?.scenario;
      if (!sc) {
        const broken = entry && entry.errors.length > 0;
        fill(
          details,
          h('p', { class: 'muted' }, broken ? t('common:select.brokenDetail') : scenarios ? t('common:select.none') : t('common:loading.scenarios')),
          broken ? h('ul', { class: 'diagnostics' }, entry.errors.slice(0, 30).map((d) => h('li', { class: 'diagnostic' }, h('span', { class: 'mono where' }, `${d.file ?? ''}:${d.line ?? 1}:${d.col ?? 1}`), ' ', diagnosticText(d)))) : null,
        );
        return;
      }
      const tags = sc.tags ?? [];
      fill(
        details,
        h('h3', { class: 'details-title' }, pick(sc.title, lang, sc.locales)),
        h(
          'div',
          { class: 'start-row' },
          h('div', { class: 'field' }, h('label', { attrs: { for: 'seed' } }, t('common:select.seed')), seed),
          h('button', { class: 'btn btn-primary btn-large', testid: 'open-briefing', on: { click: start } }, icon('play'), h('span', null, t('common:select.open'))),
        ),
        h('p', { class: 'hint' }, t('common:select.seedHint')),
        h('p', { class: 'lead' }, pick(sc.summary, lang, sc.locales)),
        tags.length ? h('p', { class: 'chips' }, tags.map((x) => h('span', { class: 'chip' }, tagName(x)))) : null,
        checkFor(entry!),
      );
    }),
  );
  shell.stage.show(slot, 'ScenarioSelect');
  d.add(() => shell.stage.release(slot));
  queueMicrotask(() => (list.querySelector('[aria-pressed="true"]') as HTMLElement | null)?.focus());
  return () => d.dispose();
};
