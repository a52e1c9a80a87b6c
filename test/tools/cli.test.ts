/** The command line as authors use it: exit codes, output formats, determinism. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { base } from '../engine/helpers';
import { HANG_TEST_MS } from '../engine/hang';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
// Each test starts the CLI several times (about a second each, far more on a loaded machine):
// the timeout only guards against a hang.
vi.setConfig({ testTimeout: HANG_TEST_MS });
const dir = mkdtempSync(join(tmpdir(), 'cellule-cli-'));

function cellule(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'tools', 'cellule.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const scenario = {
  ...base(),
  decisions: [
    { id: 'fix', category: 'recovery', title: 'Fix', description: 'Fix it', cost: { staff: 2, budget: 10 }, effects: [{ metric: 'm', add: 30 }] },
    { id: 'more', category: 'recovery', title: 'More', description: 'More', cost: { staff: 2, budget: 0 }, effects: [{ metric: 'm', add: 5 }] },
  ],
};

describe('cellule check', () => {
  it('exits 0 on a valid file and 1 with FILE:LINE:COL: message (pointer) lines on errors', () => {
    const good = file('good.json', scenario);
    expect(cellule('check', good).code).toBe(0);
    const text = JSON.stringify({ ...scenario, decisions: [{ ...scenario.decisions[0], cost: { staff: -1, budget: 0 } }] }, null, 2);
    const bad = file('bad.json', text);
    const r = cellule('check', good, bad);
    expect(r.code).toBe(1);
    const line = r.out.split('\n').find((l) => l.startsWith(bad))!;
    expect(line).toMatch(/^.+bad\.json:\d+:\d+: .+ \(\/decisions\/0\/cost\/staff\)$/);
    const [, l, c] = /:(\d+):(\d+):/.exec(line)!;
    const lines = text.split('\n');
    expect(lines[Number(l) - 1]!.slice(Number(c) - 1)).toMatch(/^-1/); // points at the value
  });

  it('exits 1 with a clear message for a missing file or non-JSON content', () => {
    expect(cellule('check', join(dir, 'nope.json')).code).toBe(1);
    const r = cellule('check', file('garbage.json', '\u0000\u0001garbage'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/garbage\.json:1:1: /);
  });
});

describe('cellule play', () => {
  const scen = file('play.json', scenario);

  it('prints the result object of DESIGN.md, byte-identical on a second run', () => {
    const log = file('log.json', { format: 'cellule/log@1', scenario: 'tiny', seed: 42, turns: [{ decisions: ['fix'] }, { decisions: ['more'] }] });
    const a = cellule('play', scen, '--log', log, '--json');
    const b = cellule('play', scen, '--log', log, '--json');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const r = JSON.parse(a.out);
    expect(Object.keys(r)).toEqual(['scenario', 'seed', 'culprit', 'ending', 'turnsPlayed', 'metrics', 'flags', 'score', 'explain']);
    expect(r).toMatchObject({ scenario: 'tiny', seed: 42, culprit: null, ending: null, turnsPlayed: 2, metrics: { m: 85 } });
    expect(r.score.objectives.oM).toBeCloseTo(0.85, 12); // 50 + 30 + 5 = 85 of 100
    expect(r.score.categories).toEqual({ recovery: r.score.overall });
    // Without a choice m stays at 50 (0.5); fix adds 0.3, more 0.05: the shares add up to the score.
    expect(r.explain.oM.map((s: { cause: string }) => s.cause)).toEqual(['world', 'decision:fix@1', 'decision:more@2']);
    expect(r.explain.oM.map((s: { share: number }) => s.share)).toEqual([0.5, expect.closeTo(0.3, 12), expect.closeTo(0.05, 12)]);
    expect(Math.abs(r.explain.oM.reduce((a: number, s: { share: number }) => a + s.share, 0) - r.score.objectives.oM)).toBeLessThan(1e-9);
    expect(cellule('play', scen, '--log', log).out).toContain(`\n  ${'oM'.padEnd(24)} world +0.500, decision:fix@1 +0.300, decision:more@2 +0.050\n`);
  });

  it('refuses an illegal or malformed log with exit 1, naming the turn and the decision', () => {
    const illegal = file('illegal.json', { format: 'cellule/log@1', scenario: 'tiny', seed: 1, turns: [{ decisions: ['fix'] }, { decisions: ['fix'] }] });
    const r = cellule('play', scen, '--log', illegal, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toContain('turn 2');
    expect(r.err).toContain('"fix"');
    expect(r.out).toBe('');
    const malformed = cellule('play', scen, '--log', file('malformed.json', '{"format":"cellule/log@1"'));
    expect(malformed.code).toBe(1);
    expect(cellule('play', scen, '--seed', 'x').code).toBe(2);
  });
});

describe('cellule schema', () => {
  it('prints the JSON Schema of the scenario format', () => {
    const r = cellule('schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.properties.format).toBeDefined();
    expect(schema.required).toContain('decisions');
  });
});

describe('cellule analyse --workers', () => {
  it('bounds the worker threads to the cores available and says so on stderr', async () => {
    const { availableParallelism } = await import('node:os');
    const cores = availableParallelism();
    const r = cellule('analyse', file('workers.json', scenario), '--runs', '4', '--workers', String(cores + 10));
    expect(r.code).toBe(0);
    expect(r.err).toContain(`--workers ${cores + 10}: this machine has ${cores} core(s) available; using ${cores} worker thread(s)`);
    expect(r.err).toContain(`${cores} worker thread(s)`);
  });
});

describe('terminal escapes from untrusted files', () => {
  const hostile = '\u001b[2J\r\u009bX\u007f';

  it('play --log: an unknown decision id full of control characters is printed escaped', () => {
    const log = file('escapes.json', { format: 'cellule/log@1', scenario: 'tiny', seed: 1, turns: [{ decisions: [`evil${hostile}`] }] });
    const r = cellule('play', file('escapes-scenario.json', scenario), '--log', log);
    expect(r.code).toBe(1);
    expect(r.err).toContain('evil\\x1b[2J\\x0d\\u009bX\\u007f');
    expect(r.err + r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('check: expression text, ids and file names with control characters are printed escaped', () => {
    const bad = { ...scenario, rules: [{ id: 'r', when: `m > 1 ${hostile}`, effects: [{ metric: `m${hostile}`, add: 1 }] }] };
    const r = cellule('check', file('escapes-check.json', bad), file(`evil${hostile}.json`, scenario));
    expect(r.code).toBe(1);
    expect(r.out).toContain('evil\\x1b[2J\\x0d\\u009bX\\u007f.json: ok');
    expect(r.err + r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
