#!/usr/bin/env node
/**
 * `cellule <command>` (built: dist-cli/cellule.mjs) or `npm run cellule -- <command>` in the repo:
 * the engine's command line (DESIGN.md "Command line", docs/cli.md). This entry loads only the
 * help texts; each command, and the engine with it, is imported when it is asked for, so that
 * `--help` costs nothing and `check` does not pay for the analyser or the MSEL bridge
 * (commands/load.ts; in the build, commands/loadBuilt.ts and one file a command).
 */
import { loadCommand } from './commands/load';
import { err, out } from './commands/output';
import { COMMAND_NAMES, type CommandName, commandHelp, mainHelp } from './commands/usage';
import { packageVersion } from './paths';

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
  const run = await loadCommand(name);
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
