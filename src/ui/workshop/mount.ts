/**
 * The workshop screen as the app mounts it: the workshop code (and the engine it needs) loads
 * only when a trainer opens it, so the title screen stays light.
 */
import { loadEngine } from '../../store';
import { h } from '../dom';
import type { View } from '../screens/view';

export const mountWorkshop: View = (root, app, shell) => {
  let dispose: (() => void) | null = null;
  let gone = false;
  const holder = h('div', { class: 'screen ws-screen', testid: 'workshop' });
  root.append(holder);
  app.actions.setLoading('engine', 0.3);
  void (async () => {
    await loadEngine(); // first: it configures zod for the strict CSP before any schema is built
    const { mountWorkshopScreen } = await import('./screen');
    app.actions.setLoading(null);
    if (!gone) dispose = mountWorkshopScreen(holder, app, shell);
  })();
  return () => {
    gone = true;
    dispose?.();
  };
};
