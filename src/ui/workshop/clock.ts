/** The turn clock: counts down the hot-seat slot from the session log, rings once at zero. */
import { fmtCountdown, t } from '../../i18n';
import { timerState } from '../../workshop';
import type { App } from '../../store';
import type { WorkshopStore } from '../../store';
import { h, text } from '../dom';
import { icon } from '../icons';
import { announce } from '../live';
import { play } from '../sound';


export function mountClock(root: HTMLElement, _app: App, ws: WorkshopStore): () => void {
  const readout = h('span', { class: 'mono ws-clock-time', testid: 'ws-clock' });
  const label = h('span', { class: 'sr-only' });
  const box = h('div', { class: 'ws-clock', attrs: { role: 'timer' } }, icon('timer'), label, readout);
  root.replaceChildren(box);
  let rungFor = -1;

  const tick = () => {
    const { session, room } = ws.store.getState();
    if (!session || !room || session.timer.secondsPerTurn === null || room.phase === 'ended') {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const timer = timerState(session, room, new Date().toISOString());
    text(label, t('workshop:ui.clock.label'));
    text(readout, room.phase === 'setup' ? fmtCountdown(timer.total) : room.active === null ? '—' : fmtCountdown(timer.remaining));
    box.classList.toggle('is-low', timer.running && timer.remaining <= 30 && timer.remaining > 0);
    box.classList.toggle('is-expired', timer.expired && !timer.paused);
    box.classList.toggle('is-paused', timer.paused);
    box.dataset.state = timer.paused ? 'paused' : timer.expired ? 'expired' : timer.running ? 'running' : 'idle';
    // One ring per slot: the slot is identified by the number of events that start one.
    const slot = session.events.filter((e) => e.type === 'start' || e.type === 'lock' || e.type === 'advance').length;
    if (timer.expired && rungFor !== slot) {
      rungFor = slot;
      play('timer');
      announce(t('workshop:ui.clock.expired'));
    }
  };
  tick();
  const handle = window.setInterval(tick, 250);
  const stop = ws.store.subscribe(tick);
  return () => {
    window.clearInterval(handle);
    stop();
  };
}
