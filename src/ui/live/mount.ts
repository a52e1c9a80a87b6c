/** The live screen as the app mounts it: the engine (for the scenario) and the live code load only when it opens. */
import { loadEngine } from '../../store';
import { h } from '../dom';
import type { View } from '../screens/view';

export const mountLive: View = (root, app) => {
  let dispose: (() => void) | null = null;
  let gone = false;
  const holder = h('div', { class: 'screen live-screen', testid: 'live' });
  root.append(holder);
  app.actions.setLoading('engine', 0.3);
  void (async () => {
    await loadEngine();
    const { mountLiveScreen } = await import('./screen');
    app.actions.setLoading(null);
    if (!gone) dispose = mountLiveScreen(holder, app, app.store.getState().liveLink);
  })();
  return () => {
    gone = true;
    dispose?.();
  };
};
