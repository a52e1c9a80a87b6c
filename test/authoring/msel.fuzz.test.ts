/** Property tests for the MSEL import: any text is answered without a throw; any title survives the trip. */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCell } from '../../src/authoring/msel/columns';
import { exportMsel } from '../../src/authoring/msel/export';
import { importMsel } from '../../src/authoring/msel/import';
import { fixture, fixtureText } from './helpers';

const text = fixtureText('clean');
const sheet = Papa.parse<string[]>(exportMsel(fixture('clean')), { header: false, skipEmptyLines: true }).data;

describe('msel import, fuzzed', () => {
  it('never throws on arbitrary text, and locates every error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (csv) => {
        const r = importMsel(text, csv, { csv: 'x.csv' });
        if (!r.ok) for (const e of r.errors) expect(e.line! >= 1 && e.col! >= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a real sheet with cells replaced by arbitrary strings', () => {
    fc.assert(
      fc.property(fc.nat(sheet.length - 1), fc.nat(sheet[0]!.length - 1), fc.string({ unit: 'grapheme', maxLength: 40 }), (r, c, value) => {
        const rows = sheet.map((row) => row.slice());
        rows[r]![c] = value;
        importMsel(text, Papa.unparse(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('any title, quotes, commas, newlines and formula signs included, comes back exactly', () => {
    const title = sheet[0]!.indexOf('title_en');
    fc.assert(
      // U+FFFD is refused on purpose (msel/replacement-character: the mark of a sheet saved in the wrong encoding).
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }).filter((x) => !x.includes('\uFFFD')), fc.constantFrom("'=x", "''+1", '=SUM(A1)', '-', "'")), (value) => {
        const rows = sheet.map((row) => row.slice());
        rows[1]![title] = escapeCell(value);
        const r = importMsel(text, Papa.unparse(rows, { newline: '\r\n' }));
        expect(r.ok).toBe(true);
        if (r.ok) expect(JSON.parse(r.value.text).injects[0].title).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
