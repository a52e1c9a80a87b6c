/** `analyse` and `msel` on the command line: outputs, files, exit codes, determinism across worker threads. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES } from './helpers';
import { HANG_TEST_MS } from '../engine/hang';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
// Each test starts the CLI several times (about a second each, far more on a loaded machine):
// the timeout only guards against a hang.
vi.setConfig({ testTimeout: HANG_TEST_MS });
const dir = mkdtempSync(join(tmpdir(), 'cellule-authoring-'));

function cellule(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'tools', 'cellule.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const fixtureFile = (name: string) => join(FIXTURES, `${name}.json`);

/** Several independent runs of the CLI at once (each spends most of its time starting up). */
function celluleAll(runs: string[][]): Promise<{ code: number | null; out: string; err: string }[]> {
  return Promise.all(
    runs.map(
      (args) =>
        new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
          const child = spawn(TSX, [join(ROOT, 'tools', 'cellule.ts'), ...args], { cwd: ROOT });
          let out = '';
          let err = '';
          child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
          child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, out, err }));
        }),
    ),
  );
}

describe('cellule analyse', () => {
  it('prints a located finding for a planted defect, pointing at the decision', () => {
    const file = fixtureFile('unreachable-decision');
    const r = cellule('analyse', file, '--runs', '200');
    expect(r.code).toBe(0);
    const line = r.out.split('\n').find((l) => l.includes('never legal'))!;
    expect(line).toMatch(/^.+unreachable-decision\.json:\d+:\d+: warning: decision "escalate" is never legal .* \(\/decisions\/6\)$/);
    const [, l, c] = /\.json:(\d+):(\d+):/.exec(line)!;
    expect(readFileSync(file, 'utf8').split('\n')[Number(l) - 1]!.slice(Number(c) - 1)).toMatch(/^\{/);
    expect(r.out).toMatch(/1 finding\(s\)\n$/);
    expect(r.err).toMatch(/^random play: 200 runs in \d+\.\d s \(\d+ runs\/s, .+\); whole analysis: \d+\.\d s \(\d+ runs\/s\)$/m);
  });

  it('writes the best line with --out, and play reproduces the score it claims', () => {
    const log = join(dir, 'best.json');
    const r = cellule('analyse', fixtureFile('clean'), '--runs', '200', '--json', '--out', log);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual(report.best.log);
    const played = cellule('play', fixtureFile('clean'), '--log', log, '--json');
    expect(played.code).toBe(0);
    expect(JSON.parse(played.out).score).toEqual(report.best.score);
  });

  it('gives the same bytes for the same seed, with or without worker threads', async () => {
    const args = ['analyse', fixtureFile('clean'), '--runs', '1000', '--seed', '3', '--json'];
    const [a, b] = await celluleAll([
      [...args, '--workers', '0'],
      [...args, '--workers', '2'],
    ]);
    expect(a!.code).toBe(0);
    expect(b!.code).toBe(0);
    expect(b!.out).toBe(a!.out);
    expect(b!.err).toMatch(/2 worker thread/);
  });

  it('exits 2 on bad options and 1 on a scenario that does not load', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "format": "cellule/scenario@1" }');
    const [none, runs, flag, r] = await celluleAll([
      ['analyse'],
      ['analyse', fixtureFile('clean'), '--runs', 'many'],
      ['analyse', fixtureFile('clean'), '--fast'],
      ['analyse', bad],
    ]);
    expect([none!.code, runs!.code, flag!.code]).toEqual([2, 2, 2]);
    expect(r!.code).toBe(1);
    expect(r!.err).toMatch(/bad\.json:1:\d+: /);
  });
});

describe('cellule msel', () => {
  it('exports, and an unchanged sheet imports as nothing to change', () => {
    const scenario = join(dir, 'clean.json');
    copyFileSync(fixtureFile('clean'), scenario);
    const exported = cellule('msel', 'export', scenario);
    expect(exported.code).toBe(0);
    expect(exported.out.split('\r\n')[0]).toBe('inject_id,turn,scenario_time,channel,optional,when,sent_by,title_en,body_en,decisions');
    const csv = join(dir, 'msel.csv');
    writeFileSync(csv, exported.out);
    const r = cellule('msel', 'import', csv, '--into', scenario);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/nothing to change/);
    expect(readFileSync(scenario, 'utf8')).toBe(readFileSync(fixtureFile('clean'), 'utf8'));
  });

  it('applies an edit, or with --dry-run only says what it would do', () => {
    const scenario = join(dir, 'edit.json');
    copyFileSync(fixtureFile('clean'), scenario);
    const csv = join(dir, 'edit.csv');
    writeFileSync(csv, cellule('msel', 'export', scenario).out.replace('alert,1,', 'alert,2,'));
    const dry = cellule('msel', 'import', csv, '--into', scenario, '--dry-run');
    expect(dry.out).toMatch(/^alert: turn 1 -> 2\n.*not written/m);
    expect(readFileSync(scenario, 'utf8')).toBe(readFileSync(fixtureFile('clean'), 'utf8'));
    const r = cellule('msel', 'import', csv, '--into', scenario);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(scenario, 'utf8')).injects[0].at).toBe(2);
  });

  it('refuses a bad sheet with FILE:LINE:COL errors and exit 1', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'inject_id,turn,title_en,body_en\r\nnope,1,A,B\r\n');
    const r = cellule('msel', 'import', csv, '--into', fixtureFile('clean'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${csv}:2:1: unknown inject "nope"\n`);
    expect(cellule('msel', 'frobnicate').code).toBe(2);
  });

  it('imports a sheet Excel saved in Windows-1252 with ";" separators: accents kept, and says how it read it', () => {
    const scenario = join(dir, 'accents.json');
    copyFileSync(fixtureFile('clean'), scenario);
    const rows = cellule('msel', 'export', scenario).out.split('\r\n').map((l) => l.replace(/,/g, ';'));
    rows[1] = rows[1]!.replace(/^alert;1;([^;]*);([^;]*);([^;]*);([^;]*);([^;]*);[^;]*;/, 'alert;1;$1;$2;$3;$4;$5;Réseau coupé à Orléans;');
    const csv = join(dir, 'accents.csv');
    writeFileSync(csv, Buffer.from(rows.join('\r\n'), 'latin1'));
    const r = cellule('msel', 'import', csv, '--into', scenario);
    expect(r.code).toBe(0);
    expect(r.err).toContain('read as Windows-1252');
    const written = readFileSync(scenario, 'utf8');
    expect(JSON.parse(written).injects[0].title).toBe('Réseau coupé à Orléans');
    expect(written).not.toContain('\ufffd');
  });

  it('refuses a UTF-16 sheet without a BOM with a hint, and caps a long error list', () => {
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.from('inject_id,turn,title_en,body_en\r\nalert,1,A,B\r\n', 'utf16le'));
    const r = cellule('msel', 'import', utf16, '--into', fixtureFile('clean'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/utf16\.csv:1:1: this file looks like UTF-16 without a byte order mark/);
    const many = join(dir, 'many.csv');
    writeFileSync(many, ['inject_id,turn,title_en,body_en', ...Array.from({ length: 70 }, (_, i) => `nope${i},1,A,B`)].join('\r\n'));
    const lines = cellule('msel', 'import', many, '--into', fixtureFile('clean')).err.trim().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe(`${many}:52:1: and 20 more error(s)`);
  });

  it('refuses a scenario file that is not UTF-8, located at the bad byte', () => {
    const bad = join(dir, 'latin1.json');
    writeFileSync(bad, Buffer.from(readFileSync(fixtureFile('clean'), 'utf8').replace('"en"', '"en"').replace(/"title": "([^"]*)"/, '"title": "Réseau"'), 'latin1'));
    const r = cellule('check', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/latin1\.json:\d+:\d+: this file is not valid UTF-8 \(byte \d+\); save it as UTF-8/);
  });
});

describe('cellule help', () => {
  // Each command's own usage (what it prints on bad arguments), without the "npm run cellule --" prefix.
  const subcommands = [['check'], ['play'], ['analyse'], ['schema', 'extra'], ['msel']];
  let memo: Promise<string[]> | null = null;
  const usages = (): Promise<string[]> =>
    (memo ??= celluleAll(subcommands).then((results) =>
      results.flatMap((r) => {
        expect(r.code).toBe(2);
        return r.err
          .split('\n')
          .filter((l) => l.includes('npm run cellule -- '))
          .map((l) => l.slice(l.indexOf('npm run cellule -- ') + 'npm run cellule -- '.length).trim());
      }),
    ));

  it('--help prints every command with its options on stdout and exits 0', async () => {
    const [list, helps] = await Promise.all([usages(), celluleAll([['--help'], ['-h'], ['help']])]);
    expect(list.map((u) => u.split(' ')[0])).toEqual(['check', 'play', 'analyse', 'schema', 'msel', 'msel']);
    for (const r of helps) {
      expect(r.code).toBe(0);
      for (const usage of list) expect(r.out).toContain(usage);
      expect(r.out).toContain('docs/authoring.md');
    }
  });

  it('no command, or an unknown one, prints the same list on stderr and exits 2', async () => {
    const [list, [none, unknown]] = await Promise.all([usages(), celluleAll([[], ['analyze']])]);
    expect(none!.code).toBe(2);
    for (const usage of list) expect(none!.err).toContain(usage);
    expect(unknown!.code).toBe(2);
    expect(unknown!.err).toMatch(/^unknown command "analyze"\n/);
  });

  it('the README shows each command at work and points to the authors’ guide', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const command of ['check', 'play', 'analyse', 'schema', 'msel export', 'msel import']) expect(readme).toContain(`npm run cellule -- ${command} `);
    for (const flag of ['--runs', '--seed', '--json', '--out', '--workers', '--into']) expect(readme).toContain(flag);
    expect(readme).toContain('docs/authoring.md');
    expect(readme).toContain('docs/scenarios/');
    // The quick start stays two commands: install and start, then test.
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)\n```/.exec(readme)![1]!.split('\n').filter((l) => l.trim() !== '');
    expect(quick.map((l) => l.split('#')[0]!.trim())).toEqual(['npm install && npm start', 'npm test']);
  });
});
