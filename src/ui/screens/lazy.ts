/**
 * A screen whose code loads only when it opens (the workshop, the live workshop, the studio), so
 * the title screen stays light: the engine first (it configures zod for the strict CSP before any
 * schema is built), then the screen's own module, then it mounts, unless the player left meanwhile.
 */
import { loadEngine } from '../../store';
import { h } from '../dom';
import type { View } from './view';

export function lazyScreen(className: string, testid: string, load: () => Promise<View>): View {
  return (root, app, shell) => {
    let dispose: (() => void) | null = null;
    let gone = false;
    const holder = h('div', { class: `screen ${className}`, testid });
    root.append(holder);
    app.actions.setLoading('engine', 0.3);
    void (async () => {
      await loadEngine();
      const mount = await load();
      app.actions.setLoading(null);
      if (!gone) dispose = mount(holder, app, shell);
    })();
    return () => {
      gone = true;
      dispose?.();
    };
  };
}
