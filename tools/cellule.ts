#!/usr/bin/env node
/**
 * `cellule <command>` (built: dist-cli/cellule.mjs) or `npm run cellule -- <command>` in the repo:
 * the engine's command line (DESIGN.md "Command line", docs/cli.md). This entry loads only the
 * help texts; each command, and the engine with it, is imported when it is asked for, so that
 * `--help` costs nothing and `check` does not pay for the analyser or the MSEL bridge. The
 * build (scripts/build-cli.mjs) turns each `./commands/NAME` import into its own `./NAME.mjs`.
 */
import { err, out } from './commands/output';
import { COMMAND_NAMES, type CommandName, commandHelp, mainHelp } from './commands/usage';
import { packageVersion } from './paths';

type Run = (args: string[]) => number | Promise<number>;

const load: Record<CommandName, () => Promise<Run>> = {
  analyse: () => import('./commands/analyse').then((m) => m.runAnalyse),
  check: () => import('./commands/check').then((m) => m.runCheck),
  msel: () => import('./commands/msel').then((m) => m.runMsel),
  play: () => import('./commands/play').then((m) => m.runPlay),
  schema: () => import('./commands/schema').then((m) => m.runSchema),
};

/** Asking for help is not an error: usage on stdout, exit 0. */
const HELP = new Set(['help', '--help', '-h']);

const isCommand = (name: string | undefined): name is CommandName => name !== undefined && (COMMAND_NAMES as string[]).includes(name);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    out(`${packageVersion()}\n`);
    return 0;
  }
  if (name !== undefined && HELP.has(name)) {
    const topic = rest[0];
    out(isCommand(topic) ? commandHelp(topic) : mainHelp() + '\n');
    return 0;
  }
  if (!isCommand(name)) {
    err((name ? `unknown command "${name}"\n` : '') + mainHelp() + '\n');
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out(commandHelp(name));
    return 0;
  }
  const run = await load[name]();
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`, 'error');
    process.exitCode = 70;
  },
);
