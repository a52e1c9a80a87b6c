/**
 * The built `cellule` command (dist-cli/, package.json `bin`): from the packed tarball, installed
 * in an empty folder with no network, and in the repo (help, version, exit codes, --json,
 * colour, the analyser's worker thread). It builds dist-cli/ itself (scripts/build-cli.mjs, as
 * `npm pack` does through `prepack`), so `npm test` needs no step before it; it is the only test
 * that writes dist-cli/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { base } from '../engine/helpers';
import { HANG_TEST_MS } from '../engine/hang';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'dist-cli', 'cellule.mjs');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
// Packing builds the bundle (a few seconds on a loaded machine): the timeouts only guard against a hang.
vi.setConfig({ testTimeout: HANG_TEST_MS, hookTimeout: HANG_TEST_MS });
const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cellule-built-')));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** The code cache of the built commands goes here, not into the user's own cache folder. */
const CACHE_HOME = join(dir, 'cache');

/** The built command in the repo, with no colour asked for and none refused. */
function cellule(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const clean: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: CACHE_HOME };
  delete clean.NO_COLOR;
  delete clean.NODE_DISABLE_COMPILE_CACHE;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...clean, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const scenario = {
  ...base(),
  decisions: [{ id: 'fix', category: 'recovery', title: 'Fix', description: 'Fix it', cost: { staff: 2, budget: 10 }, effects: [{ metric: 'm', add: 30 }] }],
};
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

let packed: { filename: string; files: { path: string }[] };

/** The environment without what `npm test` sets for its scripts (npm_config_local_prefix would point npx at this repo). */
function outsideNpm(): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))), XDG_CACHE_HOME: CACHE_HOME };
}

beforeAll(() => {
  // Built here, then packed without scripts, so a user's `ignore-scripts` setting cannot leave a stale build.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, timeout: 120_000, stdio: 'ignore' });
  const json = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'], env: outsideNpm() });
  packed = (JSON.parse(json) as (typeof packed)[])[0]!;
});

describe('the packed tarball', () => {
  it('is built by `npm pack` itself, and `bin` names the built entry', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.scripts.prepack).toBe('node scripts/build-cli.mjs');
    expect(pkg.bin).toEqual({ cellule: 'dist-cli/cellule.mjs' });
  });

  it('holds the built command, its worker and the bundled scenarios, and no TypeScript source', () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of ['package.json', 'dist-cli/cellule.mjs', 'dist-cli/check.cjs', 'dist-cli/analyse.cjs', 'dist-cli/analyseWorker.mjs', 'dist-cli/THIRD-PARTY-LICENSES.txt', 'scenarios/tutorial.json', 'scenarios/la-poste-ddos.json', 'scenarios/schema/scenario.schema.json', 'docs/cli.md']) {
      expect(paths).toContain(p);
    }
    expect(paths.filter((p) => /^(src|tools|server|test)\//.test(p) || p.endsWith('.ts'))).toEqual([]);
  });

  it('installed in an empty folder with no network, `npx cellule` runs with no dependency and no tsx', () => {
    // The package depends on nothing (the built command carries what it uses; the game's and the
    // server's packages are the repository's development dependencies), so a plain offline
    // `npm install` of the tarball works, as it would from the registry, and fetches nothing.
    const project = join(dir, 'author-project');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "name": "author-project", "private": true }\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], { cwd: project, timeout: 120_000, stdio: 'ignore', env: outsideNpm() });
    const target = join(project, 'node_modules', 'cellule');
    const installed = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect([installed.dependencies, installed.optionalDependencies, installed.peerDependencies]).toEqual([undefined, undefined, undefined]);
    expect(readdirSync(join(project, 'node_modules')).filter((x) => x !== '.bin' && x !== '.package-lock.json')).toEqual(['cellule']);
    writeFileSync(join(project, 'mine.json'), JSON.stringify(scenario, null, 2));
    const npx = (...args: string[]): Run => {
      const r = spawnSync('npx', ['--offline', '--no-install', 'cellule', ...args], { cwd: project, encoding: 'utf8', timeout: 60_000, env: outsideNpm() });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const help = npx('--help');
    expect(help.err).toBe('');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: cellule COMMAND/);
    expect(help.out).toContain('check FILE... [--json]');
    expect(npx('--version').out).toBe(`${VERSION}\n`);
    const mine = npx('check', 'mine.json');
    expect(mine).toMatchObject({ code: 0, out: 'mine.json: ok\n' });
    // A bundled scenario by its id, from the package's own folder.
    const tutorial = npx('check', 'tutorial', '--json');
    expect(tutorial.code).toBe(0);
    expect(JSON.parse(tutorial.out)).toMatchObject({ ok: true, files: [{ file: join(target, 'scenarios', 'tutorial.json'), ok: true }] });
    expect(npx('analyse', 'mine.json', '--runs', '20', '--workers', '1').code).toBe(0);
  });
});

describe('the built command', () => {
  it('--help for each command on stdout, exit 0, from `COMMAND --help` and `help COMMAND` alike', () => {
    for (const [command, synopsis] of [
      ['check', 'cellule check FILE... [--json]'],
      ['play', 'cellule play FILE [--log LOG] [--seed N] [--json]'],
      ['analyse', 'cellule analyse FILE [--runs N] [--seed N] [--json] [--out LOG] [--workers N]'],
      ['schema', 'cellule schema'],
      ['msel', 'cellule msel import CSV --into FILE [--dry-run] [--json]'],
    ] as const) {
      const own = cellule([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.out).toContain(synopsis);
      expect(own.out).toMatch(/Exit status: 0 /);
      expect(cellule(['help', command]).out).toBe(own.out);
    }
  });

  it('exit codes: 0 ok, 1 findings, 2 usage', () => {
    expect(cellule(['check', file('ok.json', scenario)]).code).toBe(0);
    expect(cellule(['check', file('bad.json', { ...scenario, metrics: [] })]).code).toBe(1);
    expect(cellule(['check', join(dir, 'missing.json')]).code).toBe(1);
    for (const args of [[], ['analyze'], ['check'], ['check', 'x.json', '--nope'], ['play', 'x.json', '--seed', 'one'], ['schema', 'extra'], ['msel']]) {
      expect(cellule(args).code, args.join(' ')).toBe(2);
    }
  });

  it('check --json: one object a script can read, with every diagnostic located', () => {
    const bad = file('bad-json.json', { ...scenario, decisions: [{ ...scenario.decisions[0], cost: { staff: -1, budget: 0 } }] });
    const good = file('good-json.json', scenario);
    const r = cellule(['check', good, bad, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { ok: boolean; files: { file: string; ok: boolean; errors: { pointer: string; line: number }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => [f.file, f.ok])).toEqual([
      [good, true],
      [bad, false],
    ]);
    expect(report.files[1]!.errors[0]).toMatchObject({ pointer: '/decisions/0/cost/staff', line: expect.any(Number) });
  });

  it('msel import --json: the changes as one object, and whether they were written', () => {
    const scenarioFile = join(dir, 'msel-tutorial.json');
    copyFileSync(join(ROOT, 'scenarios', 'tutorial.json'), scenarioFile);
    const sheet = cellule(['msel', 'export', scenarioFile]);
    expect(sheet.code).toBe(0);
    const csv = file('msel.csv', sheet.out);
    const unchanged = cellule(['msel', 'import', csv, '--into', scenarioFile, '--json']);
    expect(unchanged.code, unchanged.err).toBe(0);
    expect(JSON.parse(unchanged.out)).toEqual({ file: scenarioFile, changes: [], written: false });
  });

  it('analyse: the worker threads load from the bundle, and the report is the same bytes without them', () => {
    const path = file('analyse.json', scenario);
    const threaded = cellule(['analyse', path, '--runs', '300', '--workers', '2', '--json']);
    const alone = cellule(['analyse', path, '--runs', '300', '--workers', '0', '--json']);
    expect(threaded.code, threaded.err).toBe(0);
    expect(threaded.err).toContain('worker thread(s)');
    expect(threaded.out).toBe(alone.out);
  });

  it('prints the same bytes as the TypeScript under tsx (the bundle changes nothing but its size)', () => {
    const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
    const tsx = (args: string[]): Run => {
      const r = spawnSync(TSX, [join(ROOT, 'tools', 'cellule.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const log = file('parity-log.json', { format: 'cellule/log@1', scenario: 'tutorial', seed: 7, turns: [] });
    for (const args of [
      ['schema'],
      ['check', 'scenarios/tutorial.json', '--json'],
      ['play', 'scenarios/la-poste-ddos.json', '--seed', '3', '--json'],
      ['play', 'scenarios/tutorial.json', '--log', log],
      ['analyse', 'scenarios/tutorial.json', '--runs', '200', '--json'],
      ['msel', 'export', 'scenarios/la-poste-ddos.json'],
    ]) {
      const built = cellule(args);
      expect(built.code, `${args.join(' ')}: ${built.err}`).toBe(0);
      expect(built.out, args.join(' ')).toBe(tsx(args).out);
    }
    expect(cellule(['schema']).out).toBe(readFileSync(join(ROOT, 'scenarios', 'schema', 'scenario.schema.json'), 'utf8'));
  });

  it('keeps a code cache per command in XDG_CACHE_HOME: written by the first run, read by the next, a damaged one replaced', () => {
    const home = join(dir, 'cache-test');
    const path = file('cache.json', scenario);
    const run = (env: NodeJS.ProcessEnv = {}) => cellule(['check', path], { XDG_CACHE_HOME: home, ...env });
    const first = run({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(first).toMatchObject({ code: 0, out: `${path}: ok\n` });
    expect(existsSync(join(home, 'cellule'))).toBe(false); // turned off: nothing written
    expect(run()).toEqual(first);
    const folder = join(home, 'cellule', `node-${process.version}-${process.arch}`);
    const [cache, ...others] = readdirSync(folder);
    expect(cache).toMatch(/^check-[0-9a-f]{32}\.bin$/);
    expect(others).toEqual([]);
    const written = statSync(join(folder, cache!));
    expect(run()).toEqual(first); // read, accepted, left as it was
    expect(statSync(join(folder, cache!)).mtimeMs).toBe(written.mtimeMs);
    writeFileSync(join(folder, cache!), 'not V8 code cache data');
    expect(run()).toEqual(first); // refused by V8, compiled as without it, and written again
    expect(readFileSync(join(folder, cache!), 'utf8')).not.toBe('not V8 code cache data');
    expect(statSync(join(folder, cache!)).size).toBeGreaterThan(written.size / 2);
  });

  it('no colour when stdout is not a terminal; on a terminal, colour unless NO_COLOR is set', () => {
    const path = file('colour.json', scenario);
    expect(cellule(['check', path]).out).not.toContain('\u001b');
    // `script` gives the command a pseudo-terminal (util-linux, on every Debian).
    const onTerminal = (env: NodeJS.ProcessEnv): string => {
      const clean: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm' };
      delete clean.NO_COLOR;
      return execFileSync('script', ['-qec', `"${process.execPath}" "${BIN}" check "${path}"`, '/dev/null'], { encoding: 'utf8', timeout: 60_000, env: { ...clean, ...env } });
    };
    expect(onTerminal({})).toContain(`\u001b[32m${path}: ok\u001b[39m`);
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b');
  });
});
