/**
 * A session whose scenario is not at hand (a custom scenario, on another machine or after its
 * text was lost): say which scenario it needs and let the facilitator pick or drop that file.
 */
import { t } from '../../i18n';
import { pick, type App } from '../../store';
import type { WorkshopStore } from '../../store';
import { h } from '../dom';
import { dropZone, fileInput } from '../files';
import { icon } from '../icons';
import { follow } from './follow';
import { readFile } from './intake';
import { confirmLeave } from './leave';

export function mountNeed(root: HTMLElement, app: App, ws: WorkshopStore): () => void {
  const take = async (file: File) => {
    const text = await readFile(ws, file);
    if (text !== null) await ws.actions.supplyScenario(text, file.name);
  };
  const input = fileInput('ws-need-file-input', (file) => void take(file));
  const stopDrop = dropZone(document.body, (file) => void take(file));
  const stop = follow(app, ws, (s, lang) => [s.needed, lang] as const, ([need, lang]) => {
    if (!need) return void root.replaceChildren();
    const title = need.title === null ? null : pick(need.title, lang);
    const choose = h('button', { class: 'btn btn-primary btn-large', testid: 'ws-need-choose', attrs: { type: 'button' }, on: { click: () => input.click() } }, icon('upload'), h('span', null, t('workshop:ui.need.choose')));
    const cancel = need.kept
      ? h('button', { class: 'btn btn-danger', testid: 'ws-need-forget', attrs: { type: 'button' }, on: { click: () => confirmLeave(root, app, ws) } }, t('workshop:ui.need.forget'))
      : h('button', { class: 'btn', testid: 'ws-need-cancel', attrs: { type: 'button' }, on: { click: () => ws.actions.cancelNeeded() } }, t('workshop:ui.need.cancel'));
    root.replaceChildren(
      h(
        'section',
        { class: 'ws-card ws-need', testid: 'ws-need', attrs: { 'aria-labelledby': 'ws-need-heading' } },
        h('p', { class: 'eyebrow' }, t('workshop:ui.need.eyebrow')),
        h('h2', { class: 'ws-need-heading', attrs: { id: 'ws-need-heading' } }, t('workshop:ui.need.heading')),
        h('p', { class: 'ws-need-body', testid: 'ws-need-scenario' }, title === null ? t('workshop:ui.need.bodyNoTitle', { id: need.id }) : t('workshop:ui.need.body', { title, id: need.id })),
        need.kept ? h('p', null, t('workshop:ui.need.kept')) : null,
        need.bundledOther ? h('p', null, t('workshop:ui.need.bundledOther')) : null,
        h('p', { class: 'hint' }, t('workshop:ui.need.ask')),
        h(
          'dl',
          { class: 'ws-need-facts' },
          need.file ? [h('dt', null, t('workshop:ui.need.session')), h('dd', { class: 'mono' }, need.file)] : null,
          h('dt', null, t('workshop:ui.need.fingerprint')),
          h('dd', { class: 'mono', testid: 'ws-need-hash' }, need.hash),
        ),
        h('div', { class: 'row ws-need-actions' }, choose, h('span', { class: 'hint' }, t('workshop:ui.need.drop')), cancel),
        input,
      ),
    );
    queueMicrotask(() => {
      if (!root.contains(document.activeElement)) choose.focus();
    });
  });
  return () => {
    stop();
    stopDrop();
  };
}
