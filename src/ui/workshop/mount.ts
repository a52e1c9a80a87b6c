/** The workshop screen as the app mounts it: the workshop code (and the engine it needs) loads only when a trainer opens it. */
import { lazyScreen } from '../screens/lazy';

export const mountWorkshop = lazyScreen('ws-screen', 'workshop', async () => (await import('./screen')).mountWorkshopScreen);
