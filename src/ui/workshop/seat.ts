/**
 * The hot seat: the team whose turn it is plays on the solo ops-room panels, then locks in.
 * Between teams a hand-over card hides the last team's board until the next team says it is ready
 * (a `ready` event: the turn timer starts then, not during the hand-over).
 * The seat re-renders declaratively: a team's board (its panels and choices) lasts for its whole
 * slot, whatever else changes in the room; only the header follows the room and the choices.
 */
import { fmtDateTime, fmtMoney, offsetOf, t } from '../../i18n';
import { createSeat, pick, seatChoices, seatTeam, type App, type LoadedScenario, type WorkshopStore } from '../../store';
import { seatTaken, whoseTurn, type TeamView } from '../../workshop';
import { h } from '../dom';
import { iconOf } from '../iconView';
import { announce } from '../live';
import { mountAttribution } from '../ops/attribution';
import { mountDecisions, numbered } from '../ops/decisions';
import { mountFeed } from '../ops/feed';
import { mountMetrics } from '../ops/metrics';
import { tabs } from '../ops/tabs';
import { play } from '../sound';
import { html, nothing } from '../view';
import { Disposer, watch } from '../watch';
import { followView } from './follow';

/** One team's board for one slot: the ops panels, mounted once, and what locks it in. */
interface Board {
  slot: string;
  loaded: LoadedScenario;
  d: Disposer;
  grid: HTMLElement;
  lockIn: () => void;
}

export function mountSeat(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const d = new Disposer();
  const seat = createSeat(app.store.getState().language);
  d.add(app.store.subscribe((s) => seat.store.setState({ language: s.language })));
  let board: Board | null = null;
  let focused = '';
  const drop = () => {
    board?.d.dispose();
    board = null;
  };
  d.add(drop);

  const facilitatorButton = () =>
    html`<button class="btn btn-primary btn-large" data-testid="ws-to-facilitator" @click=${() => ws.actions.setView('facilitator')}>${t('workshop:ui.nav.facilitator')}</button>`;
  const message = (text: string) =>
    html`<section class="ws-card ws-message" data-testid="ws-seat-message"><p class="ws-message-text">${text}</p><div class="row">${facilitatorButton()}</div></section>`;

  const handover = (team: TeamView, slot: string) => {
    const { name } = team;
    const turn = team.state.turn;
    // The ready button takes the focus once per hand-over, not on every re-render.
    if (focused !== slot) {
      focused = slot;
      queueMicrotask(() => root.querySelector<HTMLElement>('[data-testid="ws-ready"]')?.focus());
    }
    const ready = () => ws.actions.dispatch({ type: 'ready', team: team.id, turn });
    return html`<section class="ws-card ws-handover" data-testid="ws-handover">
      <p class="eyebrow">${t('workshop:ui.seat.turn', { turn })}</p>
      <h2 class="ws-handover-team">${t('workshop:ui.seat.handover', { team: name })}</h2>
      <p class="hint">${t('workshop:ui.seat.handoverHint')}</p>
      <button class="btn btn-primary btn-large" data-testid="ws-ready" @click=${ready}>${iconOf('play')}<span>${t('workshop:ui.seat.ready', { team: name })}</span></button>
    </section>`;
  };

  const newBoard = (slot: string, loaded: LoadedScenario, team: TeamView): Board => {
    const bd = new Disposer();
    const s = seat.store.getState().session!;
    const metrics = h('aside', { class: 'ws-seat-metrics panel', testid: 'metrics', attrs: { 'aria-labelledby': 'metrics-heading', tabindex: 0 } });
    const feed = h('section', { class: 'ws-seat-feed panel', attrs: { 'aria-labelledby': 'feed-heading', tabindex: 0 } });
    const decisions = h('div', { class: 'tab-panel' });
    const attribution = h('div', { class: 'tab-panel', testid: 'attribution' });
    const labels = [h('span'), h('span')] as const;
    const tabList = tabs([
      { id: 'decisions', label: labels[0], panel: decisions },
      { id: 'attribution', label: labels[1], panel: attribution },
    ]);
    tabList.list.hidden = s.loaded.scenario.actors.length === 0;
    const grid = h('div', { class: 'ws-seat-grid' }, metrics, feed, h('section', { class: 'ws-seat-right panel', attrs: { 'aria-labelledby': 'tab-decisions' } }, tabList.list, decisions, attribution));
    bd.add(
      watch(app.store, (x) => [x.language] as const, () => {
        labels[0].textContent = t('game:tabs.decisions');
        labels[1].textContent = t('game:tabs.attribution');
      }),
    );
    bd.add(mountMetrics(metrics, seat));
    bd.add(mountFeed(feed, seat));
    bd.add(mountDecisions(decisions, seat));
    bd.add(mountAttribution(attribution, seat));
    // The header's pending line follows the team's choices.
    bd.add(seat.store.subscribe((x, prev) => x.session !== prev.session && view.refresh()));

    const lockIn = () => {
      if (ws.store.getState().room?.phase !== 'running') return;
      const choices = seatChoices(seat);
      if (!choices) return;
      if (ws.actions.dispatch({ type: 'lock', team: team.id, turn: s.state.turn, ...choices })) {
        play('turn');
        announce(t('workshop:ui.seat.locked', { team: team.name }));
      }
    };
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
    return { slot, loaded, d: bd, grid, lockIn };
  };

  const playBoard = (b: Board, team: TeamView, paused: boolean, lang: string) => {
    const s = seat.store.getState().session!;
    const sc = s.loaded.scenario;
    const phase = sc.clock.phases[s.clock.phaseIndex];
    const phaseTitle = phase?.title ? pick(phase.title, lang, sc.locales) : '';
    const pending = t('workshop:ui.seat.pending', {
      count: s.chosen.length,
      staff: s.state.staffLeft - s.pending.staff,
      total: sc.resources.staff,
      budget: fmtMoney(s.state.budgetLeft - s.pending.budget),
    });
    return html`<div class="ws-seat" data-testid="ws-seat" data-team=${team.id}>
      <header class="ws-seat-head">
        <div><p class="eyebrow">${t('workshop:ui.seat.turnOf', { turn: s.state.turn, total: s.totalTurns })}</p><h2 class="ws-seat-team" data-testid="ws-seat-team">${team.name}</h2></div>
        <p class="ws-seat-phase muted">${phaseTitle ? `${phaseTitle} · ` : ''}<span class="mono">${fmtDateTime(s.clock.iso, offsetOf(sc.clock.start))}</span></p>
        ${paused ? html`<p class="ws-paused" data-testid="ws-paused" role="status">${t('workshop:ui.seat.paused')}</p>` : nothing}
        <p class="mono ws-pending" data-testid="ws-pending">${pending}</p>
        <button class="btn btn-primary btn-large ws-lock" data-testid="ws-lock" aria-keyshortcuts="Control+Enter" ?disabled=${paused} @click=${b.lockIn}>${iconOf('check')}<span>${t('workshop:ui.seat.lock')}</span></button>
      </header>
      ${b.grid}
    </div>`;
  };

  const view = followView(root, app, ws, (s, lang) => [s.room, lang] as const, ([room, lang]) => {
    const { session, loaded } = ws.store.getState();
    const team = room ? whoseTurn(room) : null;
    const slot = team ? `${team.id}/${team.state.turn}` : '';
    const taken = room !== null && seatTaken(room);
    if (!session || !loaded || !room || room.phase === 'setup' || room.phase === 'ended' || !team || !taken) drop();
    if (!session || !loaded || !room) return nothing;
    if (room.phase === 'setup') return message(t('workshop:ui.seat.notStarted'));
    if (room.phase === 'ended' || !team) return message(t('workshop:ui.seat.allDone'));
    if (!taken) return handover(team, slot);
    if (board?.slot !== slot || board.loaded !== loaded) {
      drop();
      seatTeam(seat, session.scenario, loaded, team.state);
      board = newBoard(slot, loaded, team);
    }
    return playBoard(board, team, room.phase === 'paused', lang);
  });
  d.add(() => view.stop());
  return () => d.dispose();
}
