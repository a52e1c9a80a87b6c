/**
 * Every command's usage and help text, in one small module that the entry loads without the
 * commands themselves: `--help` answers without loading the engine. The program name is how it
 * was started: `cellule` for the built command, `npm run cellule --` under tsx in the repo.
 */
import { BUILT, bundledScenarios } from '../paths';

export const PROGRAM = BUILT ? 'cellule' : 'npm run cellule --';

export type CommandName = 'check' | 'play' | 'analyse' | 'schema' | 'msel';

interface CommandHelp {
  /** The synopsis lines, without the program name. */
  synopsis: string[];
  /** One line for the command list. */
  summary: string;
  /** The command's own help, after its synopsis. */
  details: string;
}

export const HELP: Record<CommandName, CommandHelp> = {
  check: {
    synopsis: ['check FILE... [--json]'],
    summary: 'check scenario files: FILE:LINE:COL: message (pointer)',
    details: `Checks each scenario file against cellule/scenario@1 and its cross-reference rules, and
prints every problem, one a line: FILE:LINE:COL: message (JSON pointer).
Warnings are printed too but do not fail the check.

  --json   one JSON object on stdout: {ok, files: [{file, ok, errors, warnings}]}

Exit status: 0 every file is valid, 1 a file has errors or cannot be read, 2 bad usage.`,
  },
  play: {
    synopsis: ['play FILE [--log LOG] [--seed N] [--json]'],
    summary: 'replay a play log (or play no decision) and print the result',
    details: `Replays the play log LOG (cellule/log@1) on the scenario FILE and prints the ending, the
score, the objectives and every metric. Without --log, plays no decision.

  --log LOG   the play log to replay
  --seed N    play with seed N instead of the log's
  --json      one JSON object: {scenario, seed, culprit, ending, turnsPlayed, metrics, flags, score}

Exit status: 0 replayed, 1 the scenario or the log is invalid or illegal (the turn and the
decision are named), 2 bad usage.`,
  },
  analyse: {
    synopsis: ['analyse FILE [--runs N] [--seed N] [--json] [--out LOG] [--workers N]'],
    summary: 'reachability, score distribution, best line, balance, attribution',
    details: `Plays N random legal games and a directed search, and reports what is never reached, the
score distribution, the best line found, balance warnings and the attribution prior against
the expected posterior. Timing goes to stderr; stdout is the same bytes every time.

  --runs N      random games (default 10000, at most 1000000)
  --seed N      the analysis seed (default 1)
  --json        the report as one JSON object
  --out LOG     write the best line as a play log that \`play --log\` reproduces
  --workers N   share the random games out to N worker threads (default: one a core
                but one from 40000 runs, none below); the report is the same bytes

Exit status: 0 analysed (whatever the findings), 1 the scenario is invalid, 2 bad usage.`,
  },
  schema: {
    synopsis: ['schema'],
    summary: 'print the JSON Schema of cellule/scenario@1',
    details: `Prints the JSON Schema (draft 2020-12) of cellule/scenario@1, for editors. The checker also
enforces the cross-reference rules, which a schema cannot say.

Exit status: 0 printed, 2 bad usage.`,
  },
  msel: {
    synopsis: ['msel export FILE > msel.csv', 'msel import CSV --into FILE [--dry-run] [--json]'],
    summary: 'the injects as an MSEL sheet (CSV) / apply an edited sheet to FILE',
    details: `export prints the scenario's injects as an MSEL sheet (CSV), in time order.
import applies an edited sheet's timing and texts to FILE (a CSV saved by Excel in
Windows-1252 is read as such, and said so on stderr).

  --into FILE   the scenario to change (written in place)
  --dry-run     list the changes, write nothing
  --json        the changes as one JSON object: {file, changes, written}

Exit status: 0 done, 1 the sheet or the scenario has errors, 2 bad usage.`,
  },
};

export const COMMAND_NAMES = Object.keys(HELP) as CommandName[];

/** The usage lines of one command, as printed on bad arguments (stderr). */
export function usage(name: CommandName): string {
  const lines = HELP[name].synopsis.map((s) => `${PROGRAM} ${s}`);
  return lines.length === 1 ? `usage: ${lines[0]}\n` : `usage:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** One command's `--help`. */
export function commandHelp(name: CommandName): string {
  return `${usage(name)}\n${HELP[name].details}\n`;
}

/** The command list: `--help` with no command, and the answer to a missing or unknown one. */
export function mainHelp(): string {
  const rows = COMMAND_NAMES.flatMap((name) => {
    const [first, ...more] = HELP[name].synopsis;
    return [`  ${first!}`, ...more.map((s) => `  ${s}`), `      ${HELP[name].summary}`];
  });
  const bundled = bundledScenarios();
  return `usage: ${PROGRAM} COMMAND ...

${rows.join('\n')}

  ${PROGRAM} COMMAND --help    a command's options and exit status
  ${PROGRAM} --version         the version

FILE may also be the id of a bundled scenario${bundled.length ? `:
  ${bundled.join(', ')}` : ''}.
Exit status: 0 ok, 1 findings (an invalid file, an illegal log), 2 bad usage.
Colour only on a terminal, never with NO_COLOR set.

Authors' guide: docs/authoring.md; the command line: docs/cli.md`;
}
