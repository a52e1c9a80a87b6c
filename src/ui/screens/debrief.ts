/** The debrief: the ending, the score and why, metrics over time, attribution against the truth, the reference line. */
import { t } from '../../i18n';
import { h } from '../dom';
import { download } from '../files';
import { icon } from '../icons';
import { metricChart } from '../debrief/chart';
import { attributionSection, objectivesSection, referenceSection, scoreSection } from '../debrief/sections';
import { Disposer, watch } from '../watch';
import type { View } from './view';

/** The debrief screen. */
export const mountDebrief: View = (root, app, shell) => {
  const d = new Disposer();
  const top = h('div', { class: 'debrief-top' });
  const slot = h('div', { class: 'stage-slot debrief-map', attrs: { 'aria-hidden': 'true' } });
  const body = h('div', { class: 'debrief-body' });
  const actions = h('div', { class: 'debrief-actions row' });
  root.append(h('div', { class: 'screen debrief-screen', testid: 'debrief' }, h('div', { class: 'debrief-head' }, top, slot), actions, body));

  d.add(
    watch(app.store, (s) => [s.language, s.session?.debrief] as const, ([lang]) => {
      const s = app.store.getState().session;
      if (!s?.debrief) return;
      const sc = s.loaded.scenario;
      top.replaceChildren(scoreSection(s, lang));
      actions.replaceChildren(
        h('button', { class: 'btn btn-primary btn-large', testid: 'play-again', on: { click: () => app.actions.playAgain() } }, icon('again'), h('span', null, t('game:debrief.playAgain'))),
        h('button', {
          class: 'btn',
          testid: 'export-log',
          on: { click: () => download(`cellule-${s.state.scenario}-seed${s.state.seed}.json`, app.actions.exportLog() ?? '') },
        }, icon('download'), h('span', null, t('game:status.exportLog'))),
        h('button', { class: 'btn', testid: 'other-scenario', on: { click: () => void app.actions.openScenarios() } }, icon('list'), h('span', null, t('game:debrief.otherScenario'))),
        h('button', { class: 'btn btn-ghost', testid: 'back', on: { click: () => app.actions.quitToTitle() } }, icon('home'), h('span', null, t('common:common.backToTitle'))),
      );
      const links: [string, string][] = [
        ['objectives-heading', t('game:debrief.objectives')],
        ['charts-heading', t('game:debrief.overTime')],
        ...(sc.actors.length ? [['attr-heading', t('game:debrief.attribution')] as [string, string]] : []),
        ...(sc.reference ? [['ref-heading', t('game:debrief.reference')] as [string, string]] : []),
      ];
      actions.append(h('nav', { class: 'debrief-nav', attrs: { 'aria-label': t('game:debrief.sections') } }, links.map(([id, label]) => h('a', { attrs: { href: `#${id}` } }, label))));
      const charts = sc.metrics.map((m) => metricChart(s, m.id, lang));
      body.replaceChildren(
        objectivesSection(s, lang),
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'charts-heading' } }, h('h2', { attrs: { id: 'charts-heading' } }, t('game:debrief.overTime')), h('div', { class: 'chart-grid' }, charts)),
        ...[attributionSection(s, lang), referenceSection(s, lang)].filter((x): x is HTMLElement => x !== null),
      );
    }),
  );
  shell.stage.show(slot, 'Debrief');
  d.add(() => shell.stage.release(slot));
  queueMicrotask(() => (root.querySelector('[data-testid="play-again"]') as HTMLElement | null)?.focus());
  return () => d.dispose();
};
