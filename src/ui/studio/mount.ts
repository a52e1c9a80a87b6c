/** The studio screen as the app mounts it: CodeMirror, the schema and the checker load only when an author opens it. */
import { lazyScreen } from '../screens/lazy';

export const mountStudio = lazyScreen('studio-screen', 'studio', async () => (await import('./screen')).mountStudioScreen);
