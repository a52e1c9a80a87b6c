/** The list of the studio's keyboard shortcuts: a button in the studio's bar (or `?`) opens it as a popover; Escape or a click elsewhere closes it. */
import { t } from '../../i18n';
import { html, type TemplateResult } from '../view';
import { SHORTCUTS, shortcutText } from './shortcuts';

export const SHORTCUTS_ID = 'studio-keys';

/** Open the list (the `?` key). */
export function openShortcuts(): void {
  const el = document.getElementById(SHORTCUTS_ID);
  if (el && !el.matches(':popover-open')) el.showPopover();
  el?.querySelector<HTMLElement>('button')?.focus();
}

/** The bar's button and the list it opens. */
export function shortcutsHelp(): TemplateResult {
  return html`<button class="btn" data-testid="studio-keys-open" popovertarget=${SHORTCUTS_ID} aria-keyshortcuts="?">${t('studio:keys.open')}</button>
    <div id=${SHORTCUTS_ID} class="studio-keys" popover data-testid="studio-keys" role="dialog" aria-labelledby="studio-keys-heading">
      <h2 id="studio-keys-heading">${t('studio:keys.heading')}</h2>
      <dl>
        ${SHORTCUTS.map((s) => {
          const x = shortcutText(s);
          return html`<div><dt><kbd>${x.keys}</kbd></dt><dd>${x.action}</dd></div>`;
        })}
      </dl>
      <button class="btn" popovertarget=${SHORTCUTS_ID} popovertargetaction="hide">${t('studio:keys.close')}</button>
    </div>`;
}
