/** Text files' bytes: BOMs, strict UTF-8, Excel's Windows-1252, UTF-16 without a mark. Byte fixtures built here. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/authoring/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 for the Latin-1 range, which is all these fixtures use (é, è, à, ç, «, »). */
const cp1252 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const cat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const TEXT = 'inject_id;title_fr\r\nalerte;Réseau « coupé » à Orléans, façade\r\n';

describe('decodeText', () => {
  it('reads UTF-8, with or without its BOM', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decodeText(cat([0xef, 0xbb, 0xbf], utf8(TEXT)))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with its BOM, little- or big-endian', () => {
    expect(decodeText(cat([0xff, 0xfe], utf16le(TEXT)))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(cat([0xfe, 0xff], utf16be(TEXT)))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('reads a sheet Excel saved in Windows-1252 when legacy encodings are allowed: every accent kept, no U+FFFD', () => {
    const r = decodeText(cp1252(TEXT), { legacy: true });
    expect(r).toEqual({ ok: true, text: TEXT, encoding: 'windows-1252' });
    // 0x80–0x9F are Windows-1252's own (Node's TextDecoder reads them as Latin-1 controls); 0x81 is undefined and stays U+0081.
    expect(decodeText(new Uint8Array([0x80, 0x92, 0x9c, 0x85, 0x9f, 0x81, 0xab]), { legacy: true })).toMatchObject({ text: '€’œ…Ÿ\u0081«' });
  });

  it('refuses bytes that are not UTF-8 otherwise, at the first bad byte', () => {
    const r = decodeText(cp1252('ab\ncdé!'));
    expect(r).toMatchObject({ ok: false, code: 'file/encoding', params: { form: 'invalidUtf8', offset: 6 } });
    expect(!r.ok && r.message).toContain('not valid UTF-8');
  });

  it('hints at UTF-16 when a file without a BOM is full of NUL bytes', () => {
    for (const bytes of [utf16le(TEXT), utf16be(TEXT)]) {
      const r = decodeText(bytes, { legacy: true });
      expect(r).toMatchObject({ ok: false, code: 'file/encoding', params: { form: 'utf16NoBom' } });
      expect(!r.ok && r.message).toContain('UTF-16');
    }
  });

  it('refuses a UTF-16 BOM followed by a broken surrogate', () => {
    expect(decodeText(cat([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ ok: false, params: { form: 'invalidUtf16' } });
  });

  it('never returns U+FFFD that the bytes did not hold', () => {
    for (let b = 0x80; b <= 0xff; b++) {
      const r = decodeText(new Uint8Array([0x61, b, 0x62]), { legacy: true });
      expect(r.ok && r.text.includes('\ufffd')).toBe(false);
    }
  });
});
