/**
 * A new version of the app is installed and waiting: say so, and reload only when the player
 * says (a game or a workshop in progress is never interrupted; both are saved anyway).
 */
import { t } from '../i18n';
import { h } from './dom';

export function offerUpdate(reload: () => void): void {
  document.querySelector('[data-testid="update-prompt"]')?.remove();
  const prompt = h(
    'div',
    { class: 'update-prompt', testid: 'update-prompt', attrs: { role: 'status' } },
    h('p', null, t('common:update.ready')),
    h('div', { class: 'row' },
      h('button', { class: 'btn btn-primary', testid: 'update-reload', on: { click: () => reload() } }, t('common:update.reload')),
      h('button', { class: 'btn', testid: 'update-later', on: { click: () => prompt.remove() } }, t('common:update.later')),
    ),
  );
  document.body.append(prompt);
}
