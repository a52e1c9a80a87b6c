/**
 * Bytes of a text file to text, never silently lossy: a byte order mark decides (UTF-8, UTF-16
 * LE or BE); without one the bytes must be valid UTF-8, or, where a spreadsheet may have saved
 * them (`legacy`), they are read as Windows-1252, as Excel writes CSV on Windows. A UTF-16 file
 * without a mark is refused with a hint. Nothing decoded here ever holds U+FFFD unless the file
 * wrote it.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  /** `form`: `utf16NoBom` (many NUL bytes), `invalidUtf8` (at `offset`, a byte index) or `invalidUtf16`. */
  | { ok: false; code: 'file/encoding'; message: string; params: Record<string, string | number> };

/** Decode a file's bytes; `legacy` allows Windows-1252 when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array, options: { legacy?: boolean } = {}): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return strict('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return strict('utf-16be', bytes.subarray(2));
  if (looksUtf16(bytes)) {
    const message = 'this file looks like UTF-16 without a byte order mark (many NUL bytes); save it as UTF-8';
    return { ok: false, code: 'file/encoding', message, params: { form: 'utf16NoBom' } };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8.ok || !options.legacy) return utf8;
  return { ok: true, text: windows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes as ISO-8859-1, which turns
 * 0x80–0x9F (€, ’, «, œ, …) into C1 controls. The five bytes Windows-1252 leaves undefined keep
 * their C1 code point, as the WHATWG Encoding Standard says.
 */
function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? HIGH.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function strict(encoding: Exclude<Encoding, 'windows-1252'>, bytes: Uint8Array): Decoded {
  try {
    // ignoreBOM: the mark was taken off above; a second one is content.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    if (encoding !== 'utf-8') {
      return { ok: false, code: 'file/encoding', message: `this file starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`, params: { form: 'invalidUtf16' } };
    }
    const offset = firstInvalidUtf8(bytes);
    const message = `this file is not valid UTF-8 (byte ${offset + 1}); save it as UTF-8`;
    return { ok: false, code: 'file/encoding', message, params: { form: 'invalidUtf8', offset: offset + 1 } };
  }
}

/** UTF-16 text is mostly ASCII with a NUL beside each character: a quarter of the bytes NUL is far past any UTF-8 text. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n < 2) return false;
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul >= n / 4;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The index of the first byte of the sequence that breaks UTF-8 (by halving: the decoder says only whether it failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // A prefix is valid when it decodes as the start of a stream (an unfinished sequence at its end may still complete).
  const valid = (end: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid - 1;
  }
  // bytes[lo] broke it; if it ended an unfinished sequence, point at that sequence's first byte (Windows-1252 "é" then "x": the é).
  let start = lo;
  while (start > 0 && lo - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
  if (start > 0 && lo - start < 3 && bytes[start - 1]! >= 0xc0) return start - 1;
  return Math.min(lo, bytes.length - 1);
}
