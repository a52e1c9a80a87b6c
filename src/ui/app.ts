/** The app shell: header, the current screen, loading bar, problems, live region, file drops. */
import { t } from '../i18n';
import type { App, Screen } from '../store';
import { mountControls } from './controls';
import { h } from './dom';
import { dropZone } from './files';
import { mountLiveRegion } from './live';
import { mountLoading } from './loading';
import { openFile } from './openFile';
import { mountProblems } from './problems';
import { warmUpAudio } from './sound';
import { mountTitle } from './screens/title';
import { loadPlayScreens } from './screens/playScreens';
import { playScreen } from './screens/lazy';
import type { View } from './screens/view';
import { mountWorkshop } from './workshop/mount';
import { mountLive } from './live/mount';
import { mountStudio } from './studio/mount';
import { mountProgress } from './progress/mount';
import type { Shell, StageHost } from './stage';
import { Disposer, watch } from './watch';

const SCREENS: Record<Screen, View> = {
  title: mountTitle,
  select: playScreen(async () => (await loadPlayScreens()).mountSelect),
  briefing: playScreen(async () => (await loadPlayScreens()).mountBriefing),
  ops: playScreen(async () => (await loadPlayScreens()).mountOps),
  debrief: playScreen(async () => (await loadPlayScreens()).mountDebrief),
  workshop: mountWorkshop,
  live: mountLive,
  studio: mountStudio,
  progress: mountProgress,
};

/** Mount the whole app into `root`. */
export function mountApp(root: HTMLElement, app: App, stage: StageHost): () => void {
  const d = new Disposer();
  const status = h('div', { class: 'topbar-status' });
  const controls = h('div', { class: 'topbar-controls' });
  const brand = h('p', { class: 'brand', attrs: { 'aria-hidden': 'true' } });
  const skip = h('a', { class: 'skip-link', attrs: { href: '#screen' } });
  const header = h('header', { class: 'topbar' }, brand, status, controls);
  const problems = h('div', { class: 'problems' });
  const main = h('main', { class: 'main', attrs: { id: 'screen', tabindex: -1 } });
  root.replaceChildren(skip, header, problems, main);
  mountLiveRegion(root);
  const shell: Shell = { status, stage };
  warmUpAudio();

  d.add(mountControls(controls, app));
  d.add(mountLoading(root, app));
  d.add(mountProblems(problems, app));

  let unmount: (() => void) | null = null;
  d.add(
    watch(app.store, (s) => [s.screen, s.screen === 'title' ? null : s.session?.loaded] as const, ([screen]) => {
      unmount?.();
      main.replaceChildren();
      document.body.dataset.screen = screen;
      unmount = SCREENS[screen](main, app, shell);
    }),
  );
  d.add(() => unmount?.());
  d.add(
    watch(app.store, (s) => [s.language, s.screen] as const, ([, screen]) => {
      skip.textContent = t('common:common.skip');
      brand.textContent = t('common:app.name');
      document.title = `${t('common:app.name')} — ${t(`common:screen.${screen}`)}`;
    }),
  );
  // Files dropped anywhere outside a game in progress: a scenario to check or a log to replay.
  d.add(
    dropZone(document.body, (file) => {
      const screen = app.store.getState().screen;
      if (screen === 'title' || screen === 'select' || screen === 'debrief') void openFile(app, file);
    }),
  );
  return () => d.dispose();
}
