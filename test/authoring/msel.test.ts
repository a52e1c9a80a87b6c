/** The MSEL bridge: export in time order, import that changes exactly what was edited, located errors. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportMsel } from '../../src/authoring/msel/export';
import { importMsel } from '../../src/authoring/msel/import';
import { loadScenario } from '../../src/engine/load';
import { bundledFiles, loadBundled, SCENARIO_DIR } from '../engine/bundled';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, fixtureText } from './helpers';

const grid = (csv: string) => Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data;
const unparse = (rows: string[][], delimiter = ',') => Papa.unparse(rows, { delimiter, newline: '\r\n' }) + '\r\n';
/** The exported sheet of the clean fixture, with `edit` applied to its cells (row 0 is the header). */
function edited(edit: (rows: string[][], col: (name: string) => number) => void, text = fixtureText('clean')): string {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error('fixture');
  const rows = grid(exportMsel(loaded.value));
  edit(rows, (name) => rows[0]!.indexOf(name));
  return unparse(rows);
}

describe('msel export', () => {
  it('lists the injects in time order with their timing, texts and the decisions they call for', () => {
    const rows = grid(exportMsel(fixture('clean')));
    expect(rows[0]).toEqual(['inject_id', 'turn', 'scenario_time', 'channel', 'optional', 'when', 'sent_by', 'title_en', 'body_en', 'decisions']);
    // alert has at 1; pressCall has only a condition; followUp is sent by the statement decision.
    expect(rows.slice(1).map((r) => r.slice(0, 7))).toEqual([
      ['alert', '1', '2025-12-22T08:00+01:00', 'soc', '', '', ''],
      ['pressCall', '', '', 'press', '', 'service < 40', ''],
      ['followUp', '', '', 'customer', '', '', 'statement'],
    ]);
  });

  it('gives each language its own columns, and the start of each turn in the scenario offset', () => {
    const loaded = loadBundled('la-poste-ddos.json');
    const rows = grid(exportMsel(loaded));
    expect(rows[0]).toContain('title_fr');
    expect(rows[0]).toContain('body_en');
    const turn = rows[0]!.indexOf('turn');
    const time = rows[0]!.indexOf('scenario_time');
    const turns = rows.slice(1).map((r) => r[turn]).filter((t) => t !== '').map(Number);
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
    // The clock starts at 06:30+01:00 with 30-minute turns: turn 2 starts at 07:00.
    expect(rows.find((r) => r[turn] === '2')![time]).toBe('2025-12-22T07:00+01:00');
  });
});

describe('msel import', () => {
  it.each(bundledFiles())('%s: importing the unchanged export leaves the file byte-identical', (file) => {
    const text = readFileSync(join(SCENARIO_DIR, file), 'utf8');
    const r = importMsel(text, exportMsel(loadBundled(file)));
    expect(r.ok && r.value.changes).toEqual([]);
    expect(r.ok && r.value.text === text).toBe(true);
  });

  it('an edited turn changes exactly that inject\'s "at", nothing else in the file', () => {
    const text = fixtureText('clean');
    const r = importMsel(text, edited((rows, col) => (rows[1]![col('turn')] = '3')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.changes).toEqual([{ inject: 'alert', field: 'at', from: 1, to: 3 }]);
    expect(r.value.text).toBe(text.replace('"body": "The service is slowing down.", "at": 1 }', '"body": "The service is slowing down.", "at": 3 }'));
  });

  it('an edited scenario_time moves the inject to the turn starting then', () => {
    const r = importMsel(fixtureText('clean'), edited((rows, col) => (rows[1]![col('scenario_time')] = '2025-12-22T10:00+01:00')));
    expect(r.ok && r.value.changes).toEqual([{ inject: 'alert', field: 'at', from: 1, to: 3 }]);
  });

  it('an edited text changes exactly that string; a turn given to a timeless inject adds "at"', () => {
    const text = fixtureText('clean');
    const r = importMsel(
      text,
      edited((rows, col) => {
        rows[2]![col('title_en')] = 'A journalist calls back';
        rows[3]![col('turn')] = '2';
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const after = JSON.parse(r.value.text);
    const before = JSON.parse(text);
    before.injects[1].title = 'A journalist calls back';
    before.injects[2].at = 2;
    expect(after).toEqual(before);
    expect(r.value.text.split('\n').length).toBe(text.split('\n').length);
  });

  it('a plain-string text edited differently per language becomes a translated text', () => {
    const base = JSON.parse(fixtureText('clean'));
    base.locales = ['fr', 'en'];
    const text = JSON.stringify(base, null, 2);
    const r = importMsel(text, edited((rows, col) => (rows[1]![col('title_fr')] = 'Alerte'), text));
    expect(r.ok && JSON.parse(r.value.text).injects[0].title).toEqual({ fr: 'Alerte', en: 'Alert' });
  });

  it('keeps formula-looking texts intact through the apostrophe the export adds', () => {
    const base = JSON.parse(fixtureText('clean'));
    base.injects[0].body = '=HYPERLINK("http://x")';
    const text = JSON.stringify(base, null, 2);
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error('fixture');
    const csv = exportMsel(loaded.value);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const r = importMsel(text, csv);
    expect(r.ok && r.value.text).toBe(text);
  });

  it('reads sheets saved with semicolons (Excel in French) and a byte-order mark', () => {
    const rows = grid(edited((rows, col) => (rows[1]![col('turn')] = '2')));
    const r = importMsel(fixtureText('clean'), '\ufeff' + unparse(rows, ';'));
    expect(r.ok && r.value.changes).toEqual([{ inject: 'alert', field: 'at', from: 1, to: 2 }]);
  });
});

describe('msel import errors', () => {
  const errors = (csv: string) => {
    const r = importMsel(fixtureText('clean'), csv, { csv: 'sheet.csv' });
    return r.ok ? [] : r.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`);
  };

  it('names an unknown inject, a bad turn and a read-only edit at their cells', () => {
    const csv = edited((rows, col) => {
      rows[1]![col('inject_id')] = 'alrt';
      rows[2]![col('turn')] = '7';
      rows[3]![col('channel')] = 'press';
    });
    const lines = csv.split('\r\n');
    const colOf = (line: number, cell: string) => lines[line - 1]!.indexOf(cell) + 1;
    expect(errors(csv)).toEqual([
      `sheet.csv:2:1: unknown inject "alrt"; did you mean "alert"?`,
      `sheet.csv:3:${colOf(3, ',7,') + 1}: turn must be a whole number from 1 to 6, not "7"`,
      `sheet.csv:4:${colOf(4, ',press,') + 1}: column channel is read-only here: change it in the scenario file`,
    ]);
  });

  it('names missing columns, repeated rows, short rows and bad quoting', () => {
    expect(errors('inject_id,turn,title_en\r\nalert,1,Alert\r\n')).toEqual(['sheet.csv:1:1: missing column "body_en"']);
    const twice = edited((rows) => rows.push([...rows[1]!]));
    expect(errors(twice)).toEqual(['sheet.csv:5:1: inject "alert" has more than one row']);
    expect(errors('inject_id,turn,title_en,body_en\r\nalert,1\r\n')).toEqual(['sheet.csv:2:1: this row has 2 field(s); the header has 4']);
    expect(errors('inject_id,turn,title_en,body_en\r\nalert,1,"Alert,x\r\n')[0]).toMatch(/^sheet\.csv:2:9: .*[Qq]uote/);
    expect(errors(edited((rows, col) => (rows[1]![col('scenario_time')] = '22/12/2025 08:00')))[0]).toMatch(/^sheet\.csv:2:\d+: scenario_time "22\/12\/2025 08:00" is not a date and time/);
  });

  it('clearing the timing removes "at" and nothing else; the checker\'s warning comes back', () => {
    const text = fixtureText('clean');
    const r = importMsel(text, edited((rows, col) => ((rows[1]![col('turn')] = ''), (rows[1]![col('scenario_time')] = ''))), { scenario: 'clean.json' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe(text.replace('"body": "The service is slowing down.", "at": 1 }', '"body": "The service is slowing down." }'));
    // alert then never fires: allowed, with the checker's warning.
    expect(r.warnings.map((w) => w.code)).toContain('warn/inject-never-fires');
  });
});

describe('msel import on a hostile or mis-encoded sheet', () => {
  it('reports the first 50 errors and "and N more", in the returned diagnostics', () => {
    const rows = ['inject_id,turn,title_en,body_en', ...Array.from({ length: 80 }, (_, i) => `nope${i},1,A,B`)];
    const r = importMsel(fixtureText('clean'), rows.join('\r\n') + '\r\n', { csv: 'sheet.csv' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(51);
    expect(r.errors[49]).toMatchObject({ code: 'msel/unknown-inject', line: 51 });
    expect(r.errors[50]).toMatchObject({ code: 'msel/more', message: 'and 30 more error(s)', params: { count: 30 }, file: 'sheet.csv', line: 52 });
  });

  it('never writes U+FFFD into the scenario: a cell holding it is refused, located', () => {
    const csv = edited((rows, col) => (rows[1]![col('title_en')] = 'R\ufffdseau coup\ufffd'));
    const r = importMsel(fixtureText('clean'), csv, { csv: 'sheet.csv' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'msel/replacement-character', line: 2 });
  });
});
