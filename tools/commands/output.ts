/**
 * The CLI's only way to write: every string it prints may come from an untrusted file (ids in a
 * log, expression text, scenario text), so control characters are shown as visible escapes and
 * never sent to the terminal, where ESC or CSI could clear the screen, move the cursor or
 * retitle the window. A test fails on any other write in tools/.
 */

// C0, DEL and C1, but the tab, the line feed and CR LF, which only lay text out (a CSV export ends
// its lines with CR LF and may hold tabs); a CR alone would let a line overwrite itself.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/** `text` with each control character but tab, LF and CR LF written as `\xNN` (C0) or `\u00NN` (DEL, C1, still valid inside JSON strings). */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    const hex = code.toString(16).padStart(2, '0');
    return code < 0x20 ? `\\x${hex}` : `\\u00${hex}`;
  });
}

/** Write to stdout, escaped. */
export function out(text: string): void {
  process.stdout.write(visible(text));
}

/** Write to stderr, escaped. */
export function err(text: string): void {
  process.stderr.write(visible(text));
}
