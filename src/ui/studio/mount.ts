/**
 * The studio screen as the app mounts it: CodeMirror, the schema and the checker load only when
 * an author opens it, so the title screen stays light.
 */
import { loadEngine } from '../../store';
import { h } from '../dom';
import type { View } from '../screens/view';

export const mountStudio: View = (root, app) => {
  let dispose: (() => void) | null = null;
  let gone = false;
  const holder = h('div', { class: 'screen studio-screen', testid: 'studio' });
  root.append(holder);
  app.actions.setLoading('engine', 0.3);
  void (async () => {
    await loadEngine(); // first: it configures zod for the strict CSP before any schema is built
    const { mountStudioScreen } = await import('./screen');
    app.actions.setLoading(null);
    if (!gone) dispose = mountStudioScreen(holder, app);
  })();
  return () => {
    gone = true;
    dispose?.();
  };
};
