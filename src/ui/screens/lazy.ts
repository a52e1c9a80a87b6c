/**
 * Screens whose code or strings load after the title, so the title screen stays light.
 * `lazyScreen` (the workshop, the live workshop, the studio, progress): the engine first (it
 * configures zod for the strict CSP before any schema is built), then the screen's own module,
 * then it mounts in a holder, unless the player left meanwhile. `afterPlayStrings` (the game's
 * own screens): mounts once the screen's code and the strings of play are there.
 */
import { loadEngine } from '../../store';
import { h } from '../dom';
import { loadPlayStrings } from '../playStrings';
import type { View } from './view';

export function lazyScreen(className: string, testid: string, load: () => Promise<View>): View {
  return (root, app, shell) => {
    let dispose: (() => void) | null = null;
    let gone = false;
    const holder = h('div', { class: `screen ${className}`, testid });
    root.append(holder);
    app.actions.setLoading('engine', 0.3);
    void Promise.all([loadEngine(), loadPlayStrings()])
      .then(load)
      .then(
        (mount) => {
          app.actions.setLoading(null);
          if (!gone) dispose = mount(holder, app, shell);
        },
        () => (gone ? app.actions.setLoading(null) : app.actions.downloadFailed()),
      );
    return () => {
      gone = true;
      dispose?.();
    };
  };
}

export function afterPlayStrings(load: () => Promise<View>): View {
  return (root, app, shell) => {
    let dispose: (() => void) | null = null;
    let gone = false;
    void Promise.all([load(), loadPlayStrings()]).then(
      ([view]) => {
        if (!gone) dispose = view(root, app, shell);
      },
      () => {
        if (!gone) app.actions.downloadFailed();
      },
    );
    return () => {
      gone = true;
      dispose?.();
    };
  };
}
