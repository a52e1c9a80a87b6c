/** The ops room: header status, metrics, the live map, the inject feed, decisions and attribution, end turn. */
import { t } from '../../i18n';
import { h } from '../dom';
import { announce } from '../live';
import { injectTitle } from '../names';
import { mountAttribution } from '../ops/attribution';
import { mountDecisions, numbered } from '../ops/decisions';
import { mountEndTurn } from '../ops/endTurn';
import { mountFeed } from '../ops/feed';
import { mountMetrics } from '../ops/metrics';
import { mountReplayBanner } from '../ops/replayBanner';
import { mountReport } from '../ops/report';
import { mountStatus } from '../ops/status';
import { setTabLabel, tabs } from '../ops/tabs';
import { play } from '../sound';
import { Disposer, watch } from '../watch';
import type { View } from './view';

/** The ops room screen. */
export const mountOps: View = (root, app, shell) => {
  const d = new Disposer();
  const metrics = h('aside', { class: 'ops-left panel', testid: 'metrics', attrs: { 'aria-labelledby': 'metrics-heading', tabindex: 0 } });
  const slot = h('div', { class: 'stage-slot ops-map', testid: 'map', attrs: { role: 'img' } });
  const feed = h('section', { class: 'ops-feed panel', attrs: { 'aria-labelledby': 'feed-heading', tabindex: 0 } });
  const decisions = h('div', { class: 'tab-panel' });
  const attribution = h('div', { class: 'tab-panel', testid: 'attribution' });
  const decisionsLabel = h('span');
  const attributionLabel = h('span');
  const tabList = tabs([
    { id: 'decisions', label: decisionsLabel, panel: decisions },
    { id: 'attribution', label: attributionLabel, panel: attribution },
  ]);
  const foot = h('div', { class: 'ops-foot' });
  const banner = h('div', { class: 'ops-banner' });
  root.append(
    h(
      'div',
      { class: 'screen ops-screen' },
      metrics,
      h('div', { class: 'ops-centre' }, banner, slot, feed),
      h('section', { class: 'ops-right panel', attrs: { 'aria-labelledby': 'tab-decisions' } }, tabList.list, decisions, attribution, foot),
    ),
  );

  // The report first: its deferred render then runs before the panels behind it.
  d.add(mountReport(root, app));
  d.add(mountStatus(shell.status, app));
  d.add(mountMetrics(metrics, app));
  d.add(mountFeed(feed, app));
  d.add(mountDecisions(decisions, app));
  d.add(mountAttribution(attribution, app));
  d.add(mountEndTurn(foot, app));
  d.add(mountReplayBanner(banner, app));

  d.add(
    watch(app.store, (s) => [s.language, s.session?.chosen.length, s.session?.state.searches.length] as const, ([, chosen, searches]) => {
      setTabLabel(decisionsLabel, t('game:tabs.decisions'), chosen ?? 0, t('game:tabs.decisionsChosen', { count: chosen ?? 0 }));
      setTabLabel(attributionLabel, t('game:tabs.attribution'), searches ?? 0, t('game:tabs.attributionCount', { count: searches ?? 0 }));
      slot.setAttribute('aria-label', t('game:map.label'));
      const hasActors = (app.store.getState().session?.loaded.scenario.actors.length ?? 0) > 0;
      tabList.list.hidden = !hasActors;
    }),
  );

  // New injects are announced and chimed; a new turn rings.
  let seen = app.store.getState().session?.state.feed.length ?? 0;
  let turn = app.store.getState().session?.state.turn ?? 0;
  announceFeed(0);
  function announceFeed(from: number) {
    const s = app.store.getState().session;
    if (!s) return;
    const lang = app.store.getState().language;
    const lines = s.state.feed.slice(from).map((f) => {
      const channel = s.loaded.scenario.injects.find((x) => x.id === f.inject)?.channel ?? 'staff';
      return t('common:live.inject', { channel: t(`common:channel.${channel}`), title: injectTitle(s.loaded, f.inject, lang) });
    });
    if (lines.length) announce(...lines);
  }
  d.add(
    watch(app.store, (s) => [s.session?.state] as const, ([state]) => {
      if (!state) return;
      if (state.turn !== turn || state.ending) {
        turn = state.turn;
        play('turn');
        announce(state.ending ? t('common:live.ended') : t('common:live.turn', { turn: state.turn }));
      }
      if (state.feed.length > seen) {
        announceFeed(seen);
        setTimeout(() => play('inject'), 450);
      }
      seen = state.feed.length;
    }),
  );

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target && (target.closest('input, textarea, select, [contenteditable="true"]') || target.closest('dialog'))) return;
    const s = app.store.getState().session;
    if (!s || s.reportOpen) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      app.actions.endTurn();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key)) return;
    const id = numbered(s)[Number(e.key) - 1];
    if (!id) return;
    e.preventDefault();
    tabList.select('decisions');
    app.actions.toggleDecision(id);
    (decisions.querySelector(`[data-decision="${CSS.escape(id)}"]`) as HTMLElement | null)?.focus();
  };
  document.addEventListener('keydown', onKey);
  d.add(() => document.removeEventListener('keydown', onKey));

  shell.stage.show(slot, 'OpsRoom');
  d.add(() => shell.stage.release(slot));
  queueMicrotask(() => (decisions.querySelector('.decision-toggle:not([aria-disabled])') as HTMLElement | null)?.focus());
  return () => d.dispose();
};
