/** The title screen: plain DOM, so it is interactive before Phaser or the engine load. */
import { fmtLocalDateTime, t } from '../../i18n';
import { pick } from '../../store';
import { h } from '../dom';
import { fileInput } from '../files';
import { icon } from '../icons';
import { openFile } from '../openFile';
import { Disposer, watch } from '../watch';
import { saveProblemPanel } from './saveProblem';
import { browserStorage } from '../../store';
import { hasWorkshopSave } from '../../store';
import { launchPrompt } from './launchPrompt';
import type { View } from './view';

/** "Continue", with its detail; a stored field that cannot be shown leaves the detail out, never the title screen blank. */
function continueButton(app: Parameters<View>[1], label: string, detail: () => string): HTMLElement {
  let text: string | null;
  try {
    text = detail();
  } catch {
    text = null;
  }
  return h(
    'button',
    { class: 'btn btn-primary btn-large', testid: 'continue', on: { click: () => void app.actions.continueSaved() } },
    icon('play'),
    h('span', { class: 'btn-text' }, h('span', null, label), text === null ? null : h('small', null, text)),
  );
}

/** The title screen. */
export const mountTitle: View = (root, app, shell) => {
  const d = new Disposer();
  const slot = h('div', { class: 'stage-slot title-backdrop', attrs: { 'aria-hidden': 'true' } });
  const actions = h('div', { class: 'title-actions' });
  const problem = h('div');
  const prompt = h('div');
  const input = fileInput('scenario-file-input', (file) => void openFile(app, file));
  const card = h('section', { class: 'title-card', attrs: { 'aria-labelledby': 'title-heading' } });
  root.append(h('div', { class: 'screen title-screen' }, slot, card));

  d.add(
    watch(app.store, (s) => [s.language, s.saved, s.saveProblem] as const, ([lang, saved]) => {
      const cont = saved
        ? saved.ended
          ? // A finished game is not resumed: it opens on its debrief.
            continueButton(app, t('common:title.review'), () => t('common:title.reviewDetail', { title: pick(saved.title, lang), when: fmtLocalDateTime(saved.savedAt) }))
          : continueButton(app, t('common:title.continue'), () =>
              t('common:title.continueDetail', { title: pick(saved.title, lang), turn: saved.turn, total: saved.totalTurns, when: fmtLocalDateTime(saved.savedAt) }),
            )
        : null;
      actions.replaceChildren(
        ...[
          cont,
          h('button', { class: saved ? 'btn btn-large' : 'btn btn-primary btn-large', testid: 'new-game', on: { click: () => void app.actions.openScenarios() } }, icon('flag'), h('span', { class: 'btn-text' }, t('common:title.newGame'))),
          h('button', { class: 'btn btn-large', testid: 'load-file', on: { click: () => input.click() } }, icon('upload'), h('span', { class: 'btn-text' }, h('span', null, t('common:title.loadFile')), h('small', null, t('common:title.loadFileDetail')))),
          h('button', { class: 'btn btn-large', testid: 'workshop', on: { click: () => app.actions.goTo('workshop') } }, icon('customer'), h('span', { class: 'btn-text' }, h('span', null, t(hasWorkshopSave(browserStorage()) ? 'common:title.workshopResume' : 'common:title.workshop')), h('small', null, t('common:title.workshopDetail')))),
          h('button', { class: 'btn btn-large', testid: 'progress-title', on: { click: () => void app.actions.openProgress() } }, icon('chart'), h('span', { class: 'btn-text' }, h('span', null, t('common:title.progress')), h('small', null, t('common:title.progressDetail')))),
          h('button', { class: 'btn btn-large', testid: 'studio-title', on: { click: () => app.actions.goTo('studio') } }, icon('list'), h('span', { class: 'btn-text' }, h('span', null, t('common:title.studio')), h('small', null, t('common:title.studioDetail')))),
          h('button', { class: 'btn btn-large', testid: 'live-join-title', on: { click: () => app.actions.openLive(null) } }, icon('social'), h('span', { class: 'btn-text' }, h('span', null, t('common:title.live')), h('small', null, t('common:title.liveDetail')))),
        ].filter((x) => x !== null),
      );
      card.replaceChildren(
        h('h1', { class: 'wordmark', attrs: { id: 'title-heading' } }, t('common:app.name')),
        h('p', { class: 'tagline' }, t('common:title.tagline')),
        prompt,
        problem,
        actions,
        input,
        h('p', { class: 'hint' }, t('common:title.dropHint')),
      );
    }),
  );
  d.add(saveProblemPanel(problem, app));
  d.add(launchPrompt(prompt, app));
  // The backdrop is decoration: Phaser loads once the title is up and idle, not before it can be used.
  let gone = false;
  const backdrop = () => {
    if (gone) return;
    shell.stage.show(slot, 'Title');
    d.add(() => shell.stage.release(slot));
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(backdrop, { timeout: 1500 });
  else setTimeout(backdrop, 300);
  d.add(() => void (gone = true));
  (actions.querySelector('button') as HTMLButtonElement | null)?.focus();
  return () => d.dispose();
};
