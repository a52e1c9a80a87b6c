/**
 * Screens whose code or strings load after the title, so the title screen stays light.
 * `lazyScreen` (the workshop, the live workshop, the studio, progress): the engine first (it
 * configures zod for the strict CSP before any schema is built), then the screen's own module,
 * then it mounts in a holder, the loading bar shown meanwhile. `playScreen` (the game's own
 * screens): mounts once the screen's code and the strings of play are there. Neither mounts if
 * the player left meanwhile, and a download that fails is said rather than leaving a blank screen.
 */
import { loadEngine } from '../../store';
import { h } from '../dom';
import { loadPlayStrings } from '../playStrings';
import type { View } from './view';

/** Mount the view `loaded` gives into `root` unless the player has left; `settled` runs first, either way. */
function mountWhenLoaded(loaded: Promise<View>, [root, app, shell]: Parameters<View>, settled: () => void = () => {}): ReturnType<View> {
  let dispose: (() => void) | null = null;
  let gone = false;
  void loaded.then(
    (view) => {
      settled();
      if (!gone) dispose = view(root, app, shell);
    },
    () => {
      settled();
      if (!gone) app.actions.downloadFailed();
    },
  );
  return () => {
    gone = true;
    dispose?.();
  };
}

export function lazyScreen(className: string, testid: string, load: () => Promise<View>): View {
  return (root, app, shell) => {
    const holder = h('div', { class: `screen ${className}`, testid });
    root.append(holder);
    app.actions.setLoading('engine', 0.3);
    const loaded = Promise.all([loadEngine(), loadPlayStrings()]).then(load);
    return mountWhenLoaded(loaded, [holder, app, shell], () => app.actions.setLoading(null));
  };
}

export function playScreen(load: () => Promise<View>): View {
  return (root, app, shell) => mountWhenLoaded(Promise.all([load(), loadPlayStrings()]).then(([view]) => view), [root, app, shell]);
}
