/**
 * The built command's loader (scripts/build-cli.mjs puts it in place of ./load.ts): each command
 * is a CommonJS file beside the entry, `dist-cli/NAME.cjs`, compiled with V8's code cache so that
 * a second run does not compile the engine again (Node 22's module.enableCompileCache does the
 * same; Node 20 has no such switch). The cache is written after the command has run, so it holds
 * the functions the run compiled too. It lives in the user's own cache folder (not a shared
 * temporary one: the data is code), keyed by the file's SHA-256 and the Node version; V8
 * refuses data made by another V8, with other flags, or damaged, and any failure to read or
 * write it only means compiling as without it.
 * NODE_DISABLE_COMPILE_CACHE (Node's own opt-out) turns it off.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Run } from './load';
import type { CommandName } from './usage';

const RUNS: Record<CommandName, string> = { analyse: 'runAnalyse', check: 'runCheck', msel: 'runMsel', play: 'runPlay', schema: 'runSchema' };

export async function loadCommand(name: CommandName): Promise<Run> {
  // Imported here, not at the top: `--help` and `--version` load none of them.
  const [{ createHash }, { createRequire }, { homedir }, { Script }] = await Promise.all([import('node:crypto'), import('node:module'), import('node:os'), import('node:vm')]);
  const file = fileURLToPath(new URL(`./${name}.cjs`, import.meta.url));
  const source = readFileSync(file, 'utf8');
  const cache = cacheFile(name, createHash('sha256').update(source).digest('hex').slice(0, 32), homedir);
  const cachedData = cache === null ? undefined : readOrUndefined(cache);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  const run = module.exports[RUNS[name]] as Run;
  if (cache === null || (cachedData !== undefined && !script.cachedDataRejected)) return run;
  return async (args) => {
    const code = await run(args);
    save(cache, script.createCachedData());
    return code;
  };
}

/** Where the code cache of this build of `name` lives, or null when it is turned off. */
function cacheFile(name: string, hash: string, homedir: () => string): string | null {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
  return join(base, 'cellule', `node-${process.version}-${process.arch}`, `${name}-${hash}.bin`);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole under a temporary name then renamed, so that a run beside this one never reads half a file. */
function save(file: string, data: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // A read-only or missing home folder: the next run compiles again, nothing else.
  }
}
