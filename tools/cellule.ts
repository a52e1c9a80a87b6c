/** `npm run cellule -- <command>`: the engine's command line (DESIGN.md "Command line"). */
import { err, out } from './commands/output';
import { runAnalyse } from './commands/analyse';
import { runCheck } from './commands/check';
import { runMsel } from './commands/msel';
import { runPlay } from './commands/play';
import { runSchema } from './commands/schema';

const USAGE = `usage: npm run cellule -- COMMAND ...

  check FILE...                          check scenario files: FILE:LINE:COL: message (pointer)
  play FILE [--log LOG] [--seed N] [--json]
                                         replay a play log (or play no decision) and print the result
  analyse FILE [--runs N] [--seed N] [--json] [--out LOG] [--workers N]
                                         reachability, score distribution, best line, balance, attribution
  schema                                 print the JSON Schema of cellule/scenario@1
  msel export FILE > msel.csv            the injects as an MSEL sheet (CSV), in time order
  msel import CSV --into FILE [--dry-run]
                                         apply an edited sheet's timing and texts to FILE

Authors' guide: docs/authoring.md`;

/** Asking for help is not an error: usage on stdout, exit 0. */
const HELP = new Set(['help', '--help', '-h']);

const commands: Record<string, (args: string[]) => number | Promise<number>> = {
  analyse: runAnalyse,
  check: runCheck,
  msel: runMsel,
  play: runPlay,
  schema: runSchema,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && HELP.has(name)) {
    out(USAGE + '\n');
    return 0;
  }
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    err((name ? `unknown command "${name}"\n` : '') + USAGE + '\n');
    return 2;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
