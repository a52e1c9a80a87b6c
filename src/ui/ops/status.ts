/** The ops room's header: simulated clock, phase, turn N of M, staff and budget left, the game menu. */
import { fmtDate, fmtMoney, fmtTime, offsetOf, t } from '../../i18n';
import { pick, type App } from '../../store';
import { download } from '../files';
import { iconOf } from '../iconView';
import type { IconName } from '../icons';
import { html, mountView, nothing, type TemplateResult } from '../view';
import { Disposer } from '../watch';
import { turnTimer } from './timer';

const stat = (testid: string, label: string, value: TemplateResult) =>
  html`<div class="stat" data-testid=${testid}><span class="stat-label">${label}</span>${value}</div>`;

const menuButton = (testid: string, name: IconName, label: string, onClick: () => void, disabled = false) =>
  html`<button class="btn btn-icon" data-testid=${testid} aria-label=${label} title=${label} ?disabled=${disabled} @click=${onClick}>${iconOf(name)}</button>`;

/** The ops room's status bar, in the header. */
export function mountStatus(root: HTMLElement, app: App): () => void {
  const d = new Disposer();
  const bar = document.createElement('div');
  bar.className = 'status-fields';
  const timer = document.createElement('div');
  timer.className = 'stat stat-timer';
  const menu = document.createElement('div');
  menu.className = 'menu';
  menu.setAttribute('role', 'group');
  root.replaceChildren(bar, timer, menu);

  const exportLog = () => {
    const log = app.actions.exportLog();
    const s = app.store.getState().session;
    if (log && s) download(`cellule-${s.state.scenario}-seed${s.state.seed}-t${s.state.turnsPlayed}.json`, log);
  };

  d.add(
    mountView(bar, app.store, (s) => [s.language, s.session] as const, ([lang, s]) => {
      if (!s) return nothing;
      const sc = s.loaded.scenario;
      const off = offsetOf(sc.clock.start);
      const phase = pick(sc.clock.phases[s.clock.phaseIndex]?.title, lang, sc.locales);
      const staffLeft = s.state.staffLeft - s.pending.staff;
      const pips = Array.from({ length: Math.min(sc.resources.staff, 12) }, (_, i) => html`<span class=${i < staffLeft ? 'pip on' : 'pip'}></span>`);
      return html`<div class="clock" data-testid="clock">${iconOf('clock')}<span class="clock-text"><span class="clock-date">${fmtDate(s.clock.iso, off)}</span><span class="clock-time mono" data-testid="clock-time">${fmtTime(s.clock.iso, off)}</span></span></div>
        ${stat('phase', t('game:status.phase'), html`<span class="stat-value" title=${phase}>${phase}</span>`)}
        ${stat('turn', t('game:status.turn'), html`<span class="stat-value mono" data-testid="turn-counter">${t('game:status.turnOf', { turn: s.state.turn, total: s.totalTurns })}</span>`)}
        ${stat('staff', t('game:status.staff'), html`<span class="stat-row"><span class="stat-value mono" data-testid="staff-left">${t('game:status.staffOf', { left: staffLeft, total: sc.resources.staff })}</span><span class="pips" aria-hidden="true">${pips}</span></span>`)}
        ${stat('budget', t('game:status.budget'), html`<span class="stat-value mono" data-testid="budget-left" title=${s.pending.budget > 0 ? t('game:status.budgetPending', { amount: fmtMoney(s.pending.budget) }) : ''}>${fmtMoney(s.state.budgetLeft - s.pending.budget)}</span>`)}`;
    }),
  );
  d.add(
    mountView(menu, app.store, (s) => [s.language, s.session?.last] as const, ([, last]) =>
      html`${menuButton('open-report', 'history', t('game:status.lastReport'), () => app.actions.openReport(), !last)}
        ${menuButton('export-log', 'download', t('game:status.exportLog'), exportLog)}
        ${menuButton('quit', 'home', t('game:status.quit'), () => app.actions.quitToTitle())}`,
    ),
  );
  d.add(turnTimer(timer, app));
  return () => {
    d.dispose();
    root.replaceChildren();
  };
}
