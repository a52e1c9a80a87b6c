/**
 * The start time of the built `cellule` command (issue 17): `cellule check scenarios/tutorial.json`
 * against a bare `node -e 0` measured in the same run, interleaved so that a busy machine weighs
 * on both alike. The command is built first (scripts/build-cli.mjs). Wall time of the whole
 * process, spawn included, median of the repeats. Twice: as it runs every time but the first
 * (its code cache in a fresh XDG_CACHE_HOME, tools/commands/loadBuilt.ts), and with the cache
 * turned off, as a first run (or a CI job with no cache kept) starts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist-cli', 'cellule.mjs');
const TUTORIAL = join('scenarios', 'tutorial.json');
/** At most this many times a bare `node -e 0`. */
export const START_TARGET_RATIO = 2.5;

interface Command {
  name: string;
  file: string;
  args: string[];
  repeats: number;
  env?: NodeJS.ProcessEnv;
  targeted?: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOnce(c: Command): number {
  const t0 = performance.now();
  const r = spawnSync(c.file, c.args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...c.env } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}`);
  return ms;
}

/** The start table, as markdown lines. */
export function cliStartTable(repeats = 21): string[] {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed:\n${build.stderr}`);
  const cacheHome = mkdtempSync(join(tmpdir(), 'cellule-bench-cache-'));
  const check = [BIN, 'check', TUTORIAL];
  const node: Command = { name: 'node -e 0', file: process.execPath, args: ['-e', '0'], repeats };
  const commands: Command[] = [
    node,
    { name: `cellule check ${TUTORIAL}`, file: process.execPath, args: check, repeats, env: { XDG_CACHE_HOME: cacheHome }, targeted: true },
    { name: `cellule check ${TUTORIAL}, no code cache (a first run)`, file: process.execPath, args: check, repeats, env: { NODE_DISABLE_COMPILE_CACHE: '1' }, targeted: true },
    { name: 'cellule --help', file: process.execPath, args: [BIN, '--help'], repeats },
    // Before: the TypeScript through tsx, as `npm run cellule` runs it (npm's own start left out).
    { name: `tsx tools/cellule.ts check ${TUTORIAL}`, file: join(ROOT, 'node_modules', '.bin', 'tsx'), args: [join(ROOT, 'tools', 'cellule.ts'), 'check', TUTORIAL], repeats: 5 },
  ];
  for (const c of commands) timeOnce(c); // warm the file cache
  const times = new Map<Command, number[]>(commands.map((c) => [c, []]));
  for (let i = 0; i < repeats; i++) for (const c of commands) if (i < c.repeats) times.get(c)!.push(timeOnce(c));
  const base = median(times.get(node)!);
  const lines = [
    `command start (wall time of the process, median of ${repeats} interleaved runs, 5 for tsx; target: cellule check ≤ ${START_TARGET_RATIO}× node -e 0)`,
    '| command | ms | × node -e 0 | target | result |',
    '|---------|---:|------------:|--------|--------|',
  ];
  for (const c of commands) {
    const ms = median(times.get(c)!);
    const ratio = ms / base;
    const targeted = c.targeted === true;
    const target = targeted ? `≤ ${START_TARGET_RATIO}×` : '-';
    const result = targeted ? (ratio <= START_TARGET_RATIO ? 'pass' : 'FAIL') : '-';
    lines.push(`| ${c.name} | ${ms.toFixed(0)} | ${ratio.toFixed(2)} | ${target} | ${result} |`);
  }
  rmSync(cacheHome, { recursive: true, force: true });
  return lines;
}

if (process.argv[1] === import.meta.filename) for (const l of cliStartTable()) console.log(l);
