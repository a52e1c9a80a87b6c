/**
 * The workshop screen: its bar (views, clock, close) and the view in use: setup, a request for
 * the scenario file, hot seat, facilitator, hot wash.
 */
import { t } from '../../i18n';
import type { App } from '../../store';
import type { RoomView, WorkshopStore } from '../../store';
import { h } from '../dom';
import { iconOf } from '../iconView';
import type { Shell } from '../stage';
import { html, repeat } from '../view';
import { Disposer, watch } from '../watch';
import { mountClock } from './clock';
import { follow, followView } from './follow';
import { mountFacilitator } from './facilitator';
import { mountHotWash } from './hotwash';
import { confirmLeave } from './leave';
import { mountNeed } from './need';
import { workshopOf } from './instance';
import { mountProblem } from './problem';
import { mountSeat } from './seat';
import { mountSetup } from './setup';
import { registerWorkshopStrings } from '../../i18n/bundles/workshop';

export type WorkshopView = (root: HTMLElement, app: App, ws: WorkshopStore) => () => void;

const VIEWS: Record<RoomView, WorkshopView> = { seat: mountSeat, facilitator: mountFacilitator, hotwash: mountHotWash };
const ORDER: RoomView[] = ['facilitator', 'seat', 'hotwash'];

export function mountWorkshopScreen(root: HTMLElement, app: App, _shell: Shell): () => void {
  registerWorkshopStrings();
  const d = new Disposer();
  const ws = workshopOf(app);
  const heading = h('h1', { class: 'ws-title' });
  const nav = h('nav', { class: 'ws-nav' });
  const clock = h('div', { class: 'ws-clock-slot' });
  const problem = h('div', { class: 'ws-problem-slot' });
  const body = h('div', { class: 'ws-body' });
  root.replaceChildren(h('header', { class: 'ws-bar' }, heading, nav, clock), problem, body);
  d.add(mountProblem(problem, app, ws));
  // Here again: a page load may come back to the workshop. Leaving for another screen keeps it, but a load no longer reopens it.
  ws.actions.setAway(false);
  d.add(() => ws.actions.setAway(true));

  d.add(
    watch(app.store, (s) => [s.language] as const, () => {
      heading.textContent = t('workshop:ui.heading');
    }),
  );

  // The bar's view switcher: the facilitator moves the room between views; the hot wash once it has ended.
  const switcher = followView(nav, app, ws, (s, lang) => [s.session === null, s.view, s.room?.phase, lang] as const, ([none, view, phase]) => {
    if (none) return html`<button class="btn" data-testid="ws-back-title" @click=${() => app.actions.quitToTitle()}>${iconOf('home')}<span>${t('workshop:ui.nav.title')}</span></button>`;
    const views = ORDER.filter((v) => v !== 'hotwash' || phase === 'ended');
    return html`${repeat(views, (v) => v, (v) => html`<button class=${v === view ? 'btn btn-primary' : 'btn'} data-testid=${`ws-view-${v}`} aria-pressed=${String(v === view)} @click=${() => ws.actions.setView(v)}>${t(`workshop:ui.nav.${v}`)}</button>`)}<button class="btn" data-testid="ws-close" title=${t('workshop:ui.leave.button')} @click=${() => confirmLeave(root, app, ws)}>${iconOf('close')}<span class="ws-close-label">${t('workshop:ui.leave.button')}</span></button><button class="btn" data-testid="ws-back-title" title=${t('workshop:ui.nav.title')} @click=${() => app.actions.quitToTitle()}>${iconOf('home')}<span class="sr-only">${t('workshop:ui.nav.title')}</span></button>`;
  });
  d.add(() => switcher.stop());

  let unmountClock: (() => void) | null = null;
  let unmountBody: (() => void) | null = null;
  d.add(
    follow(app, ws, (s) => [s.session === null, s.session === null ? null : s.view, s.session === null && s.needed !== null] as const, ([none, view, needed]) => {
      unmountBody?.();
      unmountClock?.();
      unmountClock = null;
      clock.replaceChildren();
      if (needed) unmountBody = mountNeed(body, app, ws);
      else if (none) unmountBody = mountSetup(body, app, ws);
      else {
        unmountClock = mountClock(clock, app, ws);
        unmountBody = VIEWS[view!](body, app, ws);
      }
    }),
  );
  d.add(() => {
    unmountBody?.();
    unmountClock?.();
  });
  void ws.actions.restore();
  return () => d.dispose();
}
