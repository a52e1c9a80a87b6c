/** The progress screen as the app mounts it: its code loads only when a learner opens it. */
import { lazyScreen } from '../screens/lazy';

export const mountProgress = lazyScreen('progress-screen', 'progress', async () => (await import('./screen')).mountProgressScreen);
