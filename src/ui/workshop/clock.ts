/** The turn clock: counts down the hot-seat slot from the session log, rings once at zero. */
import { fmtCountdown, t } from '../../i18n';
import type { App, WorkshopStore } from '../../store';
import { timerState } from '../../workshop';
import { iconOf } from '../iconView';
import { announce } from '../live';
import { play } from '../sound';
import { html } from '../view';
import { followView } from './follow';

export function mountClock(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  let rungFor = -1;
  const timerOf = () => {
    const { session, room } = ws.store.getState();
    if (!session || !room || session.timer.secondsPerTurn === null || room.phase === 'ended') return null;
    return { session, room, timer: timerState(session, room, new Date().toISOString()) };
  };

  const view = followView(root, app, ws, (s, lang) => [s.session, s.room, lang] as const, () => {
    const now = timerOf();
    if (!now) return html`<div class="ws-clock" role="timer" hidden>${iconOf('timer')}<span class="sr-only"></span><span class="mono ws-clock-time" data-testid="ws-clock"></span></div>`;
    const { room, timer } = now;
    const low = timer.running && timer.remaining <= 30 && timer.remaining > 0;
    const classes = `ws-clock${low ? ' is-low' : ''}${timer.expired && !timer.paused ? ' is-expired' : ''}${timer.paused ? ' is-paused' : ''}`;
    const state = timer.paused ? 'paused' : timer.expired ? 'expired' : timer.running ? 'running' : 'idle';
    const readout = room.phase === 'setup' ? fmtCountdown(timer.total) : room.active === null ? '—' : fmtCountdown(timer.remaining);
    return html`<div class=${classes} role="timer" data-state=${state}>${iconOf('timer')}<span class="sr-only">${t('workshop:ui.clock.label')}</span><span class="mono ws-clock-time" data-testid="ws-clock">${readout}</span></div>`;
  });

  // One ring per slot: the slot is identified by the number of events that start one.
  const ring = () => {
    const now = timerOf();
    if (!now?.timer.expired) return;
    const slot = now.session.events.filter((e) => e.type === 'start' || e.type === 'lock' || e.type === 'advance').length;
    if (rungFor === slot) return;
    rungFor = slot;
    play('timer');
    announce(t('workshop:ui.clock.expired'));
  };
  ring();
  const handle = window.setInterval(() => (view.refresh(), ring()), 250);
  const stop = ws.store.subscribe(ring);
  return () => {
    window.clearInterval(handle);
    stop();
    view.stop();
  };
}
