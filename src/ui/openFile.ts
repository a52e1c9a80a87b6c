/** Opening a file chosen or dropped by the player: a scenario to check, or a play log to replay. */
import type { App } from '../store';
import { FileTextError, readText } from './files';

/** Read the file and hand it to the store; unreadable files become a problem the shell shows. */
export async function openFile(app: App, file: File): Promise<void> {
  let text: string;
  try {
    text = await readText(file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const code = e instanceof FileTextError ? e.code : 'file/unreadable';
    const params = e instanceof FileTextError ? e.params : {};
    app.store.setState({ problem: { kind: 'scenario', file: file.name, errors: [{ severity: 'error', code, message, pointer: '', params }] } });
    return;
  }
  await app.actions.openFile(text, file.name);
}
