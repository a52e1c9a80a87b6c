/** `analyse` and `msel` on the command line: outputs, files, exit codes, determinism across worker threads. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'cellule-authoring-'));

function cellule(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'tools', 'cellule.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const fixtureFile = (name: string) => join(FIXTURES, `${name}.json`);

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
    expect(r.err).toMatch(/random play: 200 games in/);
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

  it('gives the same bytes for the same seed, with or without worker threads', () => {
    const args = ['analyse', fixtureFile('clean'), '--runs', '1000', '--seed', '3', '--json'];
    const a = cellule(...args, '--workers', '0');
    const b = cellule(...args, '--workers', '2');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.out).toBe(a.out);
    expect(b.err).toMatch(/2 worker thread/);
  }, 120_000);

  it('exits 2 on bad options and 1 on a scenario that does not load', () => {
    expect(cellule('analyse').code).toBe(2);
    expect(cellule('analyse', fixtureFile('clean'), '--runs', 'many').code).toBe(2);
    expect(cellule('analyse', fixtureFile('clean'), '--fast').code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "format": "cellule/scenario@1" }');
    const r = cellule('analyse', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json:1:\d+: /);
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
});
