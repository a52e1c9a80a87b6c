/** `npm run cellule -- <command>`: the engine's command line (DESIGN.md "Command line"). */
import { runAnalyse } from './commands/analyse';
import { runCheck } from './commands/check';
import { runMsel } from './commands/msel';
import { runPlay } from './commands/play';
import { runSchema } from './commands/schema';

const USAGE = `usage:
  npm run cellule -- check FILE...
  npm run cellule -- play FILE [--log LOG] [--seed N] [--json]
  npm run cellule -- analyse FILE [--runs N] [--seed N] [--json]
  npm run cellule -- schema`;

const commands: Record<string, (args: string[]) => number | Promise<number>> = {
  analyse: runAnalyse,
  check: runCheck,
  msel: runMsel,
  play: runPlay,
  schema: runSchema,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    process.stderr.write((name ? `unknown command "${name}"\n` : '') + USAGE + '\n');
    return 2;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
