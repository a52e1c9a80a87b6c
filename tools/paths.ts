/**
 * Where the package's own files are, from the running code: `tools/*.ts` under tsx and the
 * built `dist-cli/*.mjs` (a flat folder) both sit one level below the package root, so
 * `../` is the root either way, in the repo as in an author's node_modules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);

/** True when running the built JavaScript (`dist-cli/`), false under tsx in the repo. */
export const BUILT = !import.meta.url.endsWith('.ts');

/** The folder of the bundled scenarios. */
export const SCENARIOS_DIR = fileURLToPath(new URL('scenarios/', ROOT));

/** The package's version (package.json), read only when asked. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** The ids of the bundled scenarios (their file names without `.json`), sorted. */
export function bundledScenarios(): string[] {
  try {
    return readdirSync(SCENARIOS_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  } catch {
    return [];
  }
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * A scenario argument as a path: the file itself when it exists, else, when it is a bare id
 * such as `tutorial`, the bundled scenario of that id if there is one. Anything else is kept
 * as given (the reader then says it is missing).
 */
export function scenarioPath(arg: string): string {
  if (existsSync(arg) || !ID.test(arg)) return arg;
  const bundled = fileURLToPath(new URL(`scenarios/${arg}.json`, ROOT));
  return existsSync(bundled) ? bundled : arg;
}
