/** The banner that says the autosave could not be used, with the ways out: download a damaged one set aside, discard it. */
import { has, t, tDynamic } from '../../i18n';
import { ASIDE_FILES, browserStorage, readAside, type App } from '../../store';
import { h } from '../dom';
import { download } from '../files';
import { icon } from '../icons';
import { watch } from '../watch';

/** The damaged-save banner, with its discard button. */
export function saveProblemPanel(root: HTMLElement, app: App): () => void {
  return watch(app.store, (s) => [s.language, s.saveProblem] as const, ([, problem]) => {
    if (!problem) return root.replaceChildren();
    const key = `common:save.${problem.code.replace('save/', '')}`;
    root.replaceChildren(
      h(
        'div',
        { class: 'banner banner-error', testid: 'save-problem', attrs: { role: 'alert' } },
        icon('alert'),
        h(
          'div',
          null,
          h('p', { class: 'banner-title' }, has(key) ? tDynamic(key) : t('common:save.corrupt')),
          problem.message ? h('p', { class: 'banner-detail' }, problem.message) : null,
          problem.aside ? h('p', null, t('common:aside.note')) : null,
          problem.aside ? h('button', { class: 'btn', testid: 'download-save', on: { click: () => download(ASIDE_FILES.save, readAside(browserStorage(), 'save') ?? '') } }, t('common:aside.downloadSave')) : null,
          h('button', { class: 'btn btn-danger', testid: 'discard-save', on: { click: () => app.actions.discardSave() } }, t('common:save.discard')),
        ),
      ),
    );
  });
}
