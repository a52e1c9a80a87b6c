/** The turn timer as a device shows it: the server's `remaining` at the last view, counted down locally (the server does not send a view every second). */
import { fmtCountdown, t } from '../../i18n';
import type { LiveStore } from '../../store';
import { h } from '../dom';
import { iconOf } from '../iconView';
import { html, nothing, render } from '../view';

export function remainingNow(live: LiveStore, now = Date.now()): number | null {
  const { view, viewAt } = live.store.getState();
  if (!view || !view.timer.enabled) return null;
  const { remaining, running } = view.timer;
  return Math.max(0, running && view.phase === 'running' ? remaining - (now - viewAt) / 1000 : remaining);
}

/** The clock, redrawn each second and on every view. */
export function mountCountdown(root: HTMLElement, live: LiveStore): () => void {
  const draw = () => {
    const left = remainingNow(live);
    const view = live.store.getState().view;
    if (left === null || !view) return render(nothing, root);
    const state = view.phase === 'paused' ? 'paused' : left <= 0 ? 'expired' : 'running';
    render(
      html`<div class=${`ws-clock${left <= 30 && left > 0 ? ' is-low' : ''}${state === 'paused' ? ' is-paused' : ''}`} role="timer" data-state=${state}>
        ${iconOf('timer')}<span class="sr-only">${t('live:screen.clock')}</span><span class="mono ws-clock-time" data-testid="live-clock">${fmtCountdown(Math.ceil(left))}</span>
        ${state === 'paused' ? html`<span class="badge">${t('live:screen.paused')}</span>` : nothing}
      </div>`,
      root,
    );
  };
  draw();
  const timer = setInterval(draw, 1000);
  const stop = live.store.subscribe(draw);
  return () => {
    clearInterval(timer);
    stop();
    render(nothing, root);
  };
}

/** A device's screen: the clock above its body, the clock counting down until `stop`. */
export function withClock(root: HTMLElement, live: LiveStore, slotClass = 'live-clock-slot'): { body: HTMLElement; stop: () => void } {
  const clock = h('div', { class: slotClass });
  const body = h('div');
  root.replaceChildren(clock, body);
  return { body, stop: mountCountdown(clock, live) };
}
