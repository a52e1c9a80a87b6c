/**
 * The workshop screen: its bar (views, clock, close) and the view in use: setup, a request for
 * the scenario file, hot seat, facilitator, hot wash.
 */
import { t } from '../../i18n';
import type { App } from '../../store';
import type { RoomView, WorkshopStore } from '../../store';
import { h } from '../dom';
import { icon } from '../icons';
import type { Shell } from '../stage';
import { Disposer, watch } from '../watch';
import { mountClock } from './clock';
import { follow } from './follow';
import { mountFacilitator } from './facilitator';
import { mountHotWash } from './hotwash';
import { confirmLeave } from './leave';
import { mountNeed } from './need';
import { workshopOf } from './instance';
import { mountProblem } from './problem';
import { mountSeat } from './seat';
import { mountSetup } from './setup';

export type WorkshopView = (root: HTMLElement, app: App, ws: WorkshopStore) => () => void;

const VIEWS: Record<RoomView, WorkshopView> = { seat: mountSeat, facilitator: mountFacilitator, hotwash: mountHotWash };
const ORDER: RoomView[] = ['facilitator', 'seat', 'hotwash'];

export function mountWorkshopScreen(root: HTMLElement, app: App, _shell: Shell): () => void {
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
  d.add(
    follow(app, ws, (s, lang) => [s.session === null, s.view, s.room?.phase, lang] as const, ([none, view, phase]) => {
      const render = () => {
        if (none) {
          nav.replaceChildren(h('button', { class: 'btn', testid: 'ws-back-title', on: { click: () => app.actions.quitToTitle() } }, icon('home'), h('span', null, t('workshop:ui.nav.title'))));
          return;
        }
        nav.replaceChildren(
          ...ORDER.filter((v) => v !== 'hotwash' || phase === 'ended').map((v) =>
            h('button', { class: v === view ? 'btn btn-primary' : 'btn', testid: `ws-view-${v}`, attrs: { 'aria-pressed': String(v === view) }, on: { click: () => ws.actions.setView(v) } }, t(`workshop:ui.nav.${v}`)),
          ),
          h('button', { class: 'btn', testid: 'ws-close', attrs: { title: t('workshop:ui.leave.button') }, on: { click: () => confirmLeave(root, app, ws) } }, icon('close'), h('span', { class: 'ws-close-label' }, t('workshop:ui.leave.button'))),
          h('button', { class: 'btn', testid: 'ws-back-title', attrs: { title: t('workshop:ui.nav.title') }, on: { click: () => app.actions.quitToTitle() } }, icon('home'), h('span', { class: 'sr-only' }, t('workshop:ui.nav.title'))),
        );
      };
      render();
    }),
  );

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
