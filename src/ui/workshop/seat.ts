/**
 * The hot seat: the team whose turn it is plays on the solo ops-room panels, then locks in.
 * Between teams a hand-over card hides the last team's board until the next team is ready.
 */
import { fmtDateTime, fmtMoney, offsetOf, t } from '../../i18n';
import { pick, type App } from '../../store';
import { createSeat, seatChoices, seatTeam, type WorkshopStore } from '../../store';
import { whoseTurn } from '../../workshop';
import { h } from '../dom';
import { icon } from '../icons';
import { announce } from '../live';
import { mountAttribution } from '../ops/attribution';
import { mountDecisions, numbered } from '../ops/decisions';
import { mountFeed } from '../ops/feed';
import { mountMetrics } from '../ops/metrics';
import { tabs } from '../ops/tabs';
import { play } from '../sound';
import { Disposer } from '../watch';
import { follow } from './follow';

/** The slot last shown to a team (team id and turn), so a re-render does not bring the hand-over card back. */
let acknowledged = '';

export function mountSeat(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const d = new Disposer();
  const seat = createSeat(app.store.getState().language);
  d.add(app.store.subscribe((s) => seat.store.setState({ language: s.language })));
  let board: Disposer | null = null;
  d.add(() => board?.dispose());

  const render = () => {
      const { session, loaded, room } = ws.store.getState();
      board?.dispose();
      board = null;
      if (!session || !loaded || !room) return;
      const team = whoseTurn(room);
      if (room.phase === 'setup') return void root.replaceChildren(message(t('workshop:ui.seat.notStarted'), facilitatorButton()));
      if (room.phase === 'ended' || !team) return void root.replaceChildren(message(t('workshop:ui.seat.allDone'), facilitatorButton()));
      const slot = `${team.id}/${team.state.turn}`;
      if (acknowledged !== slot) return void root.replaceChildren(handover(team.name, team.state.turn, slot));
      board = new Disposer();
      seatTeam(seat, session.scenario, loaded, team.state);
      root.replaceChildren(playBoard(team.id, team.name, board, room.phase === 'paused'));
  };
  d.add(follow(app, ws, (s, lang) => [s.room, lang] as const, render));

  function facilitatorButton(): HTMLElement {
    return h('button', { class: 'btn btn-primary btn-large', testid: 'ws-to-facilitator', on: { click: () => ws.actions.setView('facilitator') } }, t('workshop:ui.nav.facilitator'));
  }

  function message(text: string, ...actions: HTMLElement[]): HTMLElement {
    return h('section', { class: 'ws-card ws-message', testid: 'ws-seat-message' }, h('p', { class: 'ws-message-text' }, text), h('div', { class: 'row' }, actions));
  }

  function handover(name: string, turn: number, slot: string): HTMLElement {
    const ready = h(
      'button',
      {
        class: 'btn btn-primary btn-large',
        testid: 'ws-ready',
        on: {
          click: () => {
            acknowledged = slot;
            render();
          },
        },
      },
      icon('play'),
      h('span', null, t('workshop:ui.seat.ready', { team: name })),
    );
    queueMicrotask(() => ready.focus());
    return h(
      'section',
      { class: 'ws-card ws-handover', testid: 'ws-handover' },
      h('p', { class: 'eyebrow' }, t('workshop:ui.seat.turn', { turn })),
      h('h2', { class: 'ws-handover-team' }, t('workshop:ui.seat.handover', { team: name })),
      h('p', { class: 'hint' }, t('workshop:ui.seat.handoverHint')),
      ready,
    );
  }

  function playBoard(teamId: string, name: string, bd: Disposer, paused: boolean): HTMLElement {
    const s = seat.store.getState().session!;
    const lang = app.store.getState().language;
    const metrics = h('aside', { class: 'ws-seat-metrics panel', testid: 'metrics', attrs: { 'aria-labelledby': 'metrics-heading', tabindex: 0 } });
    const feed = h('section', { class: 'ws-seat-feed panel', attrs: { 'aria-labelledby': 'feed-heading', tabindex: 0 } });
    const decisions = h('div', { class: 'tab-panel' });
    const attribution = h('div', { class: 'tab-panel', testid: 'attribution' });
    const tabList = tabs([
      { id: 'decisions', label: h('span', null, t('game:tabs.decisions')), panel: decisions },
      { id: 'attribution', label: h('span', null, t('game:tabs.attribution')), panel: attribution },
    ]);
    tabList.list.hidden = s.loaded.scenario.actors.length === 0;
    const lock = h('button', { class: 'btn btn-primary btn-large ws-lock', testid: 'ws-lock', attrs: { 'aria-keyshortcuts': 'Control+Enter', disabled: paused }, on: { click: () => lockIn() } }, icon('check'), h('span', null, t('workshop:ui.seat.lock')));
    const pending = h('p', { class: 'mono ws-pending', testid: 'ws-pending' });
    const updatePending = () => {
      const cur = seat.store.getState().session;
      if (!cur) return;
      pending.textContent = t('workshop:ui.seat.pending', {
        count: cur.chosen.length,
        staff: cur.state.staffLeft - cur.pending.staff,
        total: cur.loaded.scenario.resources.staff,
        budget: fmtMoney(cur.state.budgetLeft - cur.pending.budget),
      });
    };
    updatePending();
    bd.add(seat.store.subscribe(updatePending));
    bd.add(mountMetrics(metrics, seat));
    bd.add(mountFeed(feed, seat));
    bd.add(mountDecisions(decisions, seat));
    bd.add(mountAttribution(attribution, seat));

    function lockIn(): void {
      if (ws.store.getState().room?.phase !== 'running') return;
      const choices = seatChoices(seat);
      if (!choices) return;
      if (ws.actions.dispatch({ type: 'lock', team: teamId, turn: s.state.turn, ...choices })) {
        play('turn');
        announce(t('workshop:ui.seat.locked', { team: name }));
      }
    }

    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const cur = seat.store.getState().session;
      if (!cur) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        lockIn();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key)) return;
      const id = numbered(cur)[Number(e.key) - 1];
      if (!id) return;
      e.preventDefault();
      tabList.select('decisions');
      seat.actions.toggleDecision(id);
    };
    document.addEventListener('keydown', onKey);
    bd.add(() => document.removeEventListener('keydown', onKey));

    const sc = s.loaded.scenario;
    const clock = s.clock;
    const phase = sc.clock.phases[clock.phaseIndex];
    const phaseTitle = phase?.title ? pick(phase.title, lang, sc.locales) : '';
    return h(
      'div',
      { class: 'ws-seat', testid: 'ws-seat', attrs: { 'data-team': teamId } },
      h(
        'header',
        { class: 'ws-seat-head' },
        h('div', null, h('p', { class: 'eyebrow' }, t('workshop:ui.seat.turnOf', { turn: s.state.turn, total: s.totalTurns })), h('h2', { class: 'ws-seat-team', testid: 'ws-seat-team' }, name)),
        h('p', { class: 'ws-seat-phase muted' }, phaseTitle ? `${phaseTitle} · ` : '', h('span', { class: 'mono' }, fmtDateTime(clock.iso, offsetOf(sc.clock.start)))),
        paused ? h('p', { class: 'ws-paused', testid: 'ws-paused', attrs: { role: 'status' } }, t('workshop:ui.seat.paused')) : null,
        pending,
        lock,
      ),
      h('div', { class: 'ws-seat-grid' }, metrics, feed, h('section', { class: 'ws-seat-right panel', attrs: { 'aria-labelledby': 'tab-decisions' } }, tabList.list, decisions, attribution)),
    );
  }

  return () => d.dispose();
}
