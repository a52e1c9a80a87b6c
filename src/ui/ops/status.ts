/** The ops room's header: simulated clock, phase, turn N of M, staff and budget left, the game menu. */
import { fmtDate, fmtMoney, fmtTime, offsetOf, t } from '../../i18n';
import { pick, type App } from '../../store';
import { download } from '../files';
import { h, text } from '../dom';
import { icon } from '../icons';
import { Disposer, watch } from '../watch';
import { turnTimer } from './timer';

function stat(label: HTMLElement, value: HTMLElement, testid: string, extra?: HTMLElement): HTMLElement {
  return h('div', { class: 'stat', testid }, label, value, extra ?? null);
}

/** The ops room's status bar, in the header. */
export function mountStatus(root: HTMLElement, app: App): () => void {
  const d = new Disposer();
  const date = h('span', { class: 'clock-date' });
  const time = h('span', { class: 'clock-time mono', testid: 'clock-time' });
  const phaseLabel = h('span', { class: 'stat-label' });
  const phase = h('span', { class: 'stat-value' });
  const turnLabel = h('span', { class: 'stat-label' });
  const turn = h('span', { class: 'stat-value mono', testid: 'turn-counter' });
  const staffLabel = h('span', { class: 'stat-label' });
  const staff = h('span', { class: 'stat-value mono', testid: 'staff-left' });
  const pips = h('span', { class: 'pips', attrs: { 'aria-hidden': 'true' } });
  const budgetLabel = h('span', { class: 'stat-label' });
  const budget = h('span', { class: 'stat-value mono', testid: 'budget-left' });
  const reportBtn = h('button', { class: 'btn btn-icon', testid: 'open-report', on: { click: () => app.actions.openReport() } }, icon('history'));
  const exportBtn = h('button', {
    class: 'btn btn-icon',
    testid: 'export-log',
    on: {
      click: () => {
        const log = app.actions.exportLog();
        const s = app.store.getState().session;
        if (log && s) download(`cellule-${s.state.scenario}-seed${s.state.seed}-t${s.state.turnsPlayed}.json`, log);
      },
    },
  }, icon('download'));
  const quitBtn = h('button', { class: 'btn btn-icon', testid: 'quit', on: { click: () => app.actions.quitToTitle() } }, icon('home'));
  const timer = h('div', { class: 'stat stat-timer' });

  root.replaceChildren(
    h('div', { class: 'clock', testid: 'clock' }, icon('clock'), h('span', { class: 'clock-text' }, date, time)),
    stat(phaseLabel, phase, 'phase'),
    stat(turnLabel, turn, 'turn'),
    stat(staffLabel, h('span', { class: 'stat-row' }, staff, pips), 'staff'),
    stat(budgetLabel, budget, 'budget'),
    timer,
    h('div', { class: 'menu', attrs: { role: 'group' } }, reportBtn, exportBtn, quitBtn),
  );

  d.add(
    watch(app.store, (s) => [s.language, s.session] as const, ([lang, s]) => {
      if (!s) return;
      const sc = s.loaded.scenario;
      const off = offsetOf(sc.clock.start);
      text(date, fmtDate(s.clock.iso, off));
      text(time, fmtTime(s.clock.iso, off));
      text(phaseLabel, t('game:status.phase'));
      text(phase, pick(sc.clock.phases[s.clock.phaseIndex]?.title, lang, sc.locales));
      phase.title = phase.textContent ?? '';
      text(turnLabel, t('game:status.turn'));
      text(turn, t('game:status.turnOf', { turn: s.state.turn, total: s.totalTurns }));
      const staffLeft = s.state.staffLeft - s.pending.staff;
      text(staffLabel, t('game:status.staff'));
      text(staff, t('game:status.staffOf', { left: staffLeft, total: sc.resources.staff }));
      if (pips.childElementCount !== sc.resources.staff || pips.dataset.left !== String(staffLeft)) {
        pips.dataset.left = String(staffLeft);
        pips.replaceChildren(...Array.from({ length: Math.min(sc.resources.staff, 12) }, (_, i) => h('span', { class: i < staffLeft ? 'pip on' : 'pip' })));
      }
      text(budgetLabel, t('game:status.budget'));
      text(budget, fmtMoney(s.state.budgetLeft - s.pending.budget));
      budget.title = s.pending.budget > 0 ? t('game:status.budgetPending', { amount: fmtMoney(s.pending.budget) }) : '';
      for (const [btn, key] of [[reportBtn, 'game:status.lastReport'], [exportBtn, 'game:status.exportLog'], [quitBtn, 'game:status.quit']] as const) {
        btn.setAttribute('aria-label', t(key));
        btn.title = t(key);
      }
      reportBtn.disabled = !s.last;
    }),
  );
  d.add(turnTimer(timer, app));
  return () => {
    d.dispose();
    root.replaceChildren();
  };
}
