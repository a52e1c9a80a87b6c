/** The question a `?scenario=` link asks when a game is in progress: start the linked scenario, or keep the game. */
import { t } from '../../i18n';
import { pick, type App } from '../../store';
import { h } from '../dom';
import { watch } from '../watch';

/** The prompt, shown while a link waits for the player's word. */
export function launchPrompt(root: HTMLElement, app: App): () => void {
  return watch(app.store, (s) => [s.language, s.pendingLaunch] as const, ([lang, pending]) => {
    if (!pending) return root.replaceChildren();
    const title = pick(pending.title, lang);
    root.replaceChildren(
      h(
        'div',
        { class: 'banner', testid: 'launch-prompt', attrs: { role: 'alert' } },
        h(
          'div',
          null,
          h('p', { class: 'banner-title' }, t('common:launch.prompt', { title })),
          h('button', { class: 'btn', testid: 'launch-keep', on: { click: () => app.actions.cancelLaunch() } }, t('common:launch.keep')),
          h('button', { class: 'btn btn-danger', testid: 'launch-start', on: { click: () => void app.actions.confirmLaunch() } }, t('common:launch.start', { title })),
        ),
      ),
    );
  });
}
