/** `play FILE [--log LOG] [--seed N] [--json]`: replay a log and print the result (DESIGN.md "Command line"). */
import { formatDiagnostic, LOG_FORMAT, parseLog, type PlayLog, type PlaySummary, replay, summary, traceGame, traceJson } from '../../src/engine';
import { err, out } from './output';
import { intFlag, parseArgs } from './args';
import { loadFile, readText } from './files';
import { usage } from './usage';

const USAGE = usage('play');

export function runPlay(args: string[]): number {
  const parsed = parseArgs(args, ['log', 'seed'], ['json']);
  if (typeof parsed === 'string' || parsed.positional.length !== 1) {
    err((typeof parsed === 'string' ? parsed + '\n' : '') + USAGE);
    return 2;
  }
  const seed = intFlag(parsed.flags.seed, 'seed', Number.NaN);
  if (typeof seed === 'string') {
    err(seed + '\n' + USAGE);
    return 2;
  }
  const loaded = loadFile(parsed.positional[0]!);
  if (!loaded) return 1;
  let log: PlayLog = { format: LOG_FORMAT, scenario: loaded.scenario.id, seed: 1, turns: [] };
  const logFile = parsed.flags.log;
  if (typeof logFile === 'string') {
    const read = readText(logFile);
    const r = 'error' in read ? null : parseLog(read.text, logFile);
    if ('error' in read || !r || !r.ok) {
      for (const d of 'error' in read ? [read.error] : r && !r.ok ? r.errors : []) err(formatDiagnostic(d) + '\n', 'error');
      return 1;
    }
    log = r.value;
  }
  if (!Number.isNaN(seed)) log = { ...log, seed };
  const result = replay(loaded, log);
  if (!result.ok) {
    err(`${typeof logFile === 'string' ? logFile : parsed.positional[0]}: error: ${result.errors[0]!.message}\n`, 'error');
    return 1;
  }
  const played = summary(loaded, result.value);
  // `explain`: each objective's score split among the world and the choices (docs/engine.md).
  const explain = traceJson(traceGame(loaded, result.value));
  out(parsed.flags.json ? JSON.stringify({ ...played, explain }, null, 2) + '\n' : describe(played, explain));
  return 0;
}

/** The three biggest causes of each objective's score, for people. */
const CAUSES_SHOWN = 3;

function describe(s: PlaySummary, explain: Record<string, { cause: string; share: number }[]>): string {
  const causes = (id: string) => {
    const shares = explain[id] ?? [];
    const shown = shares.slice(0, CAUSES_SHOWN).map((c) => `${c.cause} ${c.share >= 0 ? '+' : ''}${c.share.toFixed(3)}`);
    return `  ${id.padEnd(24)} ${shown.join(', ')}${shares.length > CAUSES_SHOWN ? `, ${shares.length - CAUSES_SHOWN} more` : ''}`;
  };
  const f = (n: number) => n.toFixed(1);
  const lines = [
    `scenario   ${s.scenario} (seed ${s.seed})`,
    `ending     ${s.ending ?? '(game not over)'} after ${s.turnsPlayed} turn(s)`,
    `culprit    ${s.culprit ?? '-'}`,
    `score      ${f(s.score.overall)} / 100`,
    ...Object.entries(s.score.categories).map(([c, v]) => `  ${c.padEnd(14)} ${f(v)}`),
    'objectives',
    ...Object.entries(s.score.objectives).map(([id, v]) => `  ${id.padEnd(24)} ${v.toFixed(3)}`),
    'where the points came from (biggest first; --json for all)',
    ...Object.keys(s.score.objectives).map(causes),
    'metrics',
    ...Object.entries(s.metrics).map(([id, v]) => `  ${id.padEnd(24)} ${v}`),
  ];
  return lines.join('\n') + '\n';
}
