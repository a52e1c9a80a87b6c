/** The live screen as the app mounts it: the engine (for the scenario) and the live code load only when it opens. */
import { lazyScreen } from '../screens/lazy';

export const mountLive = lazyScreen('live-screen', 'live', async () => {
  const { mountLiveScreen } = await import('./screen');
  return (holder, app) => mountLiveScreen(holder, app, app.store.getState().liveLink);
});
