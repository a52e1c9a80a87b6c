/** The debrief: the ending, the score and why, metrics over time, attribution against the truth, the reference line. */
import { t } from '../../i18n';
import type { App, Session } from '../../store';
import { metricChart } from '../debrief/chart';
import { mountRewind } from '../debrief/rewind';
import { attributionSection, objectivesSection, referenceSection, scoreSection } from '../debrief/sections';
import { h } from '../dom';
import { download } from '../files';
import { iconOf } from '../iconView';
import { html, mountView, nothing } from '../view';
import { Disposer } from '../watch';
import type { View } from './view';

function actions(app: App, s: Session) {
  const sc = s.loaded.scenario;
  const links: [string, string][] = [
    ['objectives-heading', t('game:debrief.objectives')],
    ['charts-heading', t('game:debrief.overTime')],
    ...(sc.actors.length ? [['attr-heading', t('game:debrief.attribution')] as [string, string]] : []),
    ...(sc.reference ? [['ref-heading', t('game:debrief.reference')] as [string, string]] : []),
    ['rewind-heading', t('game:rewind.heading')], ['missed-heading', t('game:rewind.missedHeading')],
  ];
  const exportLog = () => download(`cellule-${s.state.scenario}-seed${s.state.seed}.json`, app.actions.exportLog() ?? '');
  return html`<button class="btn btn-primary btn-large" data-testid="play-again" @click=${() => app.actions.playAgain()}>${iconOf('again')}<span>${t('game:debrief.playAgain')}</span></button>
    <button class="btn" data-testid="export-log" @click=${exportLog}>${iconOf('download')}<span>${t('game:status.exportLog')}</span></button>
    <button class="btn" data-testid="other-scenario" @click=${() => void app.actions.openScenarios()}>${iconOf('list')}<span>${t('game:debrief.otherScenario')}</span></button>
    <button class="btn" data-testid="debrief-progress" @click=${() => void app.actions.openProgress()}>${iconOf('chart')}<span>${t('common:title.progress')}</span></button>
    <button class="btn btn-ghost" data-testid="back" @click=${() => app.actions.quitToTitle()}>${iconOf('home')}<span>${t('common:common.backToTitle')}</span></button>
    <nav class="debrief-nav" aria-label=${t('game:debrief.sections')}>${links.map(([id, label]) => html`<a href=${`#${id}`}>${label}</a>`)}</nav>`;
}

/** The debrief screen: re-rendered in place on a change of language, so scroll and open details stay. */
export const mountDebrief: View = (root, app, shell) => {
  const d = new Disposer();
  const top = h('div', { class: 'debrief-top' });
  const slot = h('div', { class: 'stage-slot debrief-map', attrs: { 'aria-hidden': 'true' } });
  const bar = h('div', { class: 'debrief-actions row' });
  const body = h('div', { class: 'debrief-body' });
  root.append(h('div', { class: 'screen debrief-screen', testid: 'debrief' }, h('div', { class: 'debrief-head' }, top, slot), bar, body));
  const session = () => app.store.getState().session;
  const select = (s: { language: string; session: Session | null }) => [s.language, s.session?.debrief] as const;

  d.add(mountView(top, app.store, select, ([lang, debrief]) => (debrief ? scoreSection(session()!, lang) : nothing)));
  d.add(mountView(bar, app.store, select, ([, debrief]) => (debrief ? actions(app, session()!) : nothing)));
  d.add(
    mountView(body, app.store, select, ([lang, debrief]) => {
      const s = session();
      if (!debrief || !s) return nothing;
      // Helper metrics (`visible: false`) are the scenario's plumbing: they are not the player's to read.
      const shown = s.loaded.scenario.metrics.filter((m) => m.visible !== false);
      return html`${objectivesSection(s, lang)}
        <section class="panel" aria-labelledby="charts-heading">
          <h2 id="charts-heading">${t('game:debrief.overTime')}</h2>
          <div class="chart-grid">${shown.map((m) => metricChart(s, m.id, lang))}</div>
        </section>
        ${attributionSection(s, lang)} ${referenceSection(s, lang)}`;
    }),
  );
  d.add(mountRewind(root.querySelector<HTMLElement>('.debrief-screen')!, app));
  shell.stage.show(slot, 'Debrief');
  d.add(() => shell.stage.release(slot));
  queueMicrotask(() => root.querySelector<HTMLElement>('[data-testid="play-again"]')?.focus());
  return () => d.dispose();
};
