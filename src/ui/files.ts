/** Files in and out: the hidden file input behind a button, drag and drop, downloads. */
import { decodeText } from '../authoring';

const MAX_FILE_BYTES = 5_000_000;

/** A file that is not text we can read: `params` say why (`form`), for the translated sentence. */
export class FileTextError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Read a picked or dropped file as text (UTF-8, or UTF-16 with its mark); refuses huge files and other encodings, never decodes lossily. */
export async function readText(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) throw new FileTextError(`file larger than ${MAX_FILE_BYTES} bytes`, 'file/unreadable');
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) throw new FileTextError(decoded.message, decoded.code, decoded.params);
  return decoded.text;
}

/** A hidden `<input type="file">` for JSON files (or those `accept` names), opened by our own button. */
export function fileInput(testid: string, onFile: (file: File) => void, accept = '.json,.jsonc,application/json'): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.className = 'file-input';
  input.dataset.testid = testid;
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  });
  return input;
}

/** Accept files dropped anywhere on `target`; `active` toggles a class while dragging. Returns the remover. */
export function dropZone(target: HTMLElement, onFile: (file: File) => void): () => void {
  let depth = 0;
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  const enter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth += 1;
    target.classList.add('dragging');
  };
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const leave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) target.classList.remove('dragging');
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    target.classList.remove('dragging');
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  target.addEventListener('dragenter', enter);
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragenter', enter);
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
  };
}

/** Offer text as a file download. */
export function download(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
