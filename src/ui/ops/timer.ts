/** An optional turn timer for workshops: counts down from the start of each turn, rings at zero. */
import { fmtCountdown, t } from '../../i18n';
import { TIMER_CHOICES, type App } from '../../store';
import { iconOf } from '../iconView';
import { play } from '../sound';
import { html, render } from '../view';
import { Disposer, watch } from '../watch';

/** The turn timer control and readout: the choice re-renders in place, so the select keeps its focus. */
export function turnTimer(root: HTMLElement, app: App): () => void {
  const d = new Disposer();
  let deadline = 0;
  let rang = false;

  const draw = () => {
    const minutes = app.store.getState().settings.timerMinutes;
    const left = minutes === 0 ? null : Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
    root.classList.toggle('timer-low', left !== null && left > 0 && left <= 30);
    root.classList.toggle('timer-expired', left === 0);
    render(
      html`${iconOf('timer')}
        <select class="select" data-testid="timer-select" aria-label=${t('game:timer.label')} @change=${(e: Event) => app.actions.setTimer(Number((e.target as HTMLSelectElement).value))}>
          ${TIMER_CHOICES.map((m) => html`<option value=${m} .selected=${m === minutes}>${m === 0 ? t('game:timer.off') : t('game:timer.minutes', { count: m })}</option>`)}
        </select>
        <span class="mono timer-readout" data-testid="timer">${left === null ? '' : fmtCountdown(left)}</span>`,
      root,
    );
    return left;
  };

  const tick = () => {
    const left = draw();
    if (left === null) return;
    if (left <= 10 && left > 0) play('tick');
    if (left === 0 && !rang) {
      rang = true;
      play('timer');
    }
  };

  d.add(
    watch(app.store, (s) => [s.language, s.settings.timerMinutes, s.session?.state.turn] as const, ([, minutes]) => {
      deadline = performance.now() + minutes * 60_000;
      rang = false;
      tick();
    }),
  );
  const handle = window.setInterval(tick, 1000);
  d.add(() => window.clearInterval(handle));
  return () => d.dispose();
}
