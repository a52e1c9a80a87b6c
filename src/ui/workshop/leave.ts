/**
 * Leaving a workshop: a confirmation that reminds the facilitator to download the session file
 * first, then forgets the workshop on this device; or back to the title, the workshop kept.
 */
import { t } from '../../i18n';
import type { App } from '../../store';
import type { WorkshopStore } from '../../store';
import { h } from '../dom';
import { download } from '../files';
import { icon } from '../icons';
import { sessionFileName } from './reports';

/** Open the confirmation as a modal dialog inside `host`; it removes itself when closed. */
export function confirmLeave(host: HTMLElement, app: App, ws: WorkshopStore): void {
  const done = h('p', { class: 'ws-leave-done', testid: 'ws-leave-done', attrs: { role: 'status' } });
  const save = () => {
    const text = ws.actions.sessionText();
    if (text === null) return;
    const name = sessionFileName(ws);
    download(name, text, 'application/json');
    done.textContent = t('workshop:ui.leave.downloaded', { file: name });
  };
  const dialog = h('dialog', { class: 'dialog ws-leave', testid: 'ws-leave', attrs: { 'aria-labelledby': 'ws-leave-heading' } });
  const finish = (then: () => void) => {
    dialog.close();
    then();
  };
  const download_ = h('button', { class: 'btn btn-primary', testid: 'ws-leave-download', attrs: { type: 'button' }, on: { click: save } }, icon('download'), h('span', null, t('workshop:ui.leave.download')));
  dialog.append(
    h('h2', { attrs: { id: 'ws-leave-heading' } }, t('workshop:ui.leave.heading')),
    h(
      'div',
      { class: 'dialog-body' },
      h('p', null, t('workshop:ui.leave.body')),
      h('p', { class: 'ws-leave-remind' }, icon('alert'), h('span', null, t('workshop:ui.leave.remind'))),
      h('div', { class: 'row' }, download_),
      done,
      h('p', { class: 'hint' }, t('workshop:ui.leave.away')),
    ),
    h(
      'div',
      { class: 'dialog-foot row ws-leave-foot' },
      h('button', { class: 'btn', testid: 'ws-leave-cancel', attrs: { type: 'button' }, on: { click: () => finish(() => undefined) } }, t('workshop:ui.leave.cancel')),
      h('button', { class: 'btn', testid: 'ws-leave-title', attrs: { type: 'button' }, on: { click: () => finish(() => app.actions.quitToTitle()) } }, icon('home'), h('span', null, t('workshop:ui.nav.title'))),
      h('button', { class: 'btn btn-danger', testid: 'ws-close-confirm', attrs: { type: 'button' }, on: { click: () => finish(() => ws.actions.close()) } }, icon('close'), h('span', null, t('workshop:ui.leave.confirm'))),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  host.append(dialog);
  dialog.showModal();
  download_.focus();
}
