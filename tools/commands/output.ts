/**
 * The CLI's only way to write: every string it prints may come from an untrusted file (ids in a
 * log, expression text, scenario text), so control characters are shown as visible escapes and
 * never sent to the terminal, where ESC or CSI could clear the screen, move the cursor or
 * retitle the window. A test fails on any other write in tools/.
 * Colour is added after the escaping, by this module only: on a terminal, never with NO_COLOR.
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

/** What a line means, for its colour on a terminal. */
export type Tone = 'error' | 'warning' | 'ok';

/** SGR foreground colours, each reset by 39 (default foreground) only. */
const SGR: Record<Tone, string> = { error: '31', warning: '33', ok: '32' };

/** Colour on `stream` only when it is a terminal, NO_COLOR is unset or empty (no-color.org), and the terminal is not "dumb". */
export function useColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined> = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** `text`, escaped, each non-empty line wrapped in `tone`'s colour when `colour`. */
export function styled(text: string, tone: Tone | undefined, colour: boolean): string {
  const safe = visible(text);
  if (!tone || !colour) return safe;
  return safe.replace(/[^\n]+/g, (line) => `\u001b[${SGR[tone]}m${line}\u001b[39m`);
}

/** Write to stdout, escaped (coloured by `tone` on a terminal). */
export function out(text: string, tone?: Tone): void {
  process.stdout.write(styled(text, tone, useColour(process.stdout)));
}

/** Write to stderr, escaped (coloured by `tone` on a terminal). */
export function err(text: string, tone?: Tone): void {
  process.stderr.write(styled(text, tone, useColour(process.stderr)));
}
