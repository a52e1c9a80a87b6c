/** An optional turn timer for workshops: counts down from the start of each turn, rings at zero. */
import { fmtCountdown, t } from '../../i18n';
import { TIMER_CHOICES, type App } from '../../store';
import { h, text } from '../dom';
import { icon } from '../icons';
import { play } from '../sound';
import { Disposer, watch } from '../watch';

/** The turn timer control and readout. */
export function turnTimer(root: HTMLElement, app: App): () => void {
  const d = new Disposer();
  const select = h('select', { class: 'select', testid: 'timer-select', on: { change: () => app.actions.setTimer(Number(select.value)) } });
  const readout = h('span', { class: 'mono timer-readout', testid: 'timer' });
  root.replaceChildren(icon('timer'), select, readout);
  let deadline = 0;
  let rang = false;
  let handle = 0;

  const tick = () => {
    const minutes = app.store.getState().settings.timerMinutes;
    if (minutes === 0) {
      text(readout, '');
      root.classList.remove('timer-expired');
      return;
    }
    const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
    text(readout, fmtCountdown(left));
    root.classList.toggle('timer-low', left > 0 && left <= 30);
    root.classList.toggle('timer-expired', left === 0);
    if (left <= 10 && left > 0) play('tick');
    if (left === 0 && !rang) {
      rang = true;
      play('timer');
    }
  };

  d.add(
    watch(app.store, (s) => [s.language, s.settings.timerMinutes, s.session?.state.turn] as const, ([, minutes]) => {
      select.setAttribute('aria-label', t('game:timer.label'));
      select.replaceChildren(...TIMER_CHOICES.map((m) => h('option', { attrs: { value: m, selected: m === minutes } }, m === 0 ? t('game:timer.off') : t('game:timer.minutes', { count: m }))));
      deadline = performance.now() + minutes * 60_000;
      rang = false;
      tick();
    }),
  );
  handle = window.setInterval(tick, 1000);
  d.add(() => window.clearInterval(handle));
  return () => d.dispose();
}
