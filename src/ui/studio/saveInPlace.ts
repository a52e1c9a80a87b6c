/**
 * Saving over the opened file where the browser allows it (the File System Access API, in
 * Chromium-based browsers): the file is picked with `showOpenFilePicker`, which gives a handle
 * the studio can write to later. Elsewhere the studio opens through the file input and saves by
 * download.
 */

/** The part of the API we use (not in TypeScript's DOM library: it is not on every browser). */
interface PickerWindow {
  showOpenFilePicker?: (options: { types: { description: string; accept: Record<string, string[]> }[]; multiple: false }) => Promise<FileSystemFileHandle[]>;
}
interface Permissions {
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}

/** Whether this browser can open a file for saving over it. */
export const canSaveInPlace = (): boolean => typeof (window as PickerWindow).showOpenFilePicker === 'function';

/** Let the author pick a scenario file; null when they cancel. */
export async function pickScenarioFile(description: string): Promise<{ file: File; handle: FileSystemFileHandle } | null> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (!picker) return null;
  try {
    const [handle] = await picker({ types: [{ description, accept: { 'application/json': ['.json', '.jsonc'] } }], multiple: false });
    return handle ? { file: await handle.getFile(), handle } : null;
  } catch {
    return null; // cancelled, or refused
  }
}

/** Write `text` over the file behind `handle`, asking for permission if needed; false when refused or failed. */
export async function writeInPlace(handle: FileSystemFileHandle, text: string): Promise<boolean> {
  try {
    const h = handle as FileSystemFileHandle & Permissions;
    const mode = { mode: 'readwrite' } as const;
    if ((await h.queryPermission?.(mode)) !== 'granted' && (await h.requestPermission?.(mode)) === 'denied') return false;
    const out = await handle.createWritable();
    await out.write(text);
    await out.close();
    return true;
  } catch {
    return false;
  }
}
