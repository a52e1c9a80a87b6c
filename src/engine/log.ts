/** The play log `cellule/log@1`: write it from a state, read it safely, replay it exactly. */
import { z } from 'zod';
import { pointerOf, type Diagnostic, type Result } from './diagnostics';
import { createGame, playTurnInPlace } from './game';
import type { LoadedScenario } from './loaded';
import type { GameState } from './state';
import { playError } from './playError';
import { LOG_FORMAT, type PlayLog, type PlayResult } from './types';

const MAX_LOG_BYTES = 2_000_000;
/** An assessment value beyond this is absurd (the game's board gives percentages): refused when the log is read. */
export const MAX_ASSESSMENT_VALUE = 1_000_000;
const ASSESSMENT_MESSAGE = `must be a finite number between -${MAX_ASSESSMENT_VALUE} and ${MAX_ASSESSMENT_VALUE}`;
// Any JSON value, so that a number too large to be finite (1e400) gets this message and not zod's.
const assessmentValue = z.any().refine((v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_ASSESSMENT_VALUE, ASSESSMENT_MESSAGE);

const logSchema = z.strictObject({
  format: z.literal(LOG_FORMAT),
  scenario: z.string().min(1),
  scenarioHash: z.string().optional(),
  seed: z.number().int().refine(Number.isSafeInteger, 'must be a safe integer'),
  turns: z.array(
    z.strictObject({
      decisions: z.array(z.string()),
      released: z.array(z.string()).optional(),
      assessment: z.record(z.string(), assessmentValue).optional(),
    }),
  ),
});

/** The log of a game so far. */
export function toLog(state: GameState): PlayLog {
  return { format: LOG_FORMAT, scenario: state.scenario, scenarioHash: state.scenarioHash, seed: state.seed, turns: state.log };
}

/** Parse and validate a log's text; never throws. */
export function parseLog(text: string, file?: string): Result<PlayLog> {
  const fail = (code: string, message: string, pointer: string, params: Record<string, string | number>): Result<PlayLog> => {
    const d: Diagnostic = { severity: 'error', code, message, pointer, params };
    if (file !== undefined) d.file = file;
    return { ok: false, errors: [d] };
  };
  if (text.length > MAX_LOG_BYTES) return fail('log/too-large', `the log is larger than ${MAX_LOG_BYTES} characters`, '', { limit: MAX_LOG_BYTES, count: MAX_LOG_BYTES });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // `detail` is the JavaScript engine's own English, which the views quote as it is.
    const detail = e instanceof Error ? e.message : String(e);
    return fail('log/malformed', `not valid JSON: ${detail}`, '', { form: 'json', detail });
  }
  if (typeof value === 'object' && value !== null && 'format' in value && value.format !== LOG_FORMAT) {
    const found = typeof value.format === 'string' ? value.format : JSON.stringify(value.format) ?? String(value.format);
    return fail('log/format', `unsupported log format ${JSON.stringify(value.format)}; expected "${LOG_FORMAT}"`, '/format', { found, expected: LOG_FORMAT });
  }
  const r = logSchema.safeParse(value);
  if (!r.success) {
    return {
      ok: false,
      errors: r.error.issues.map((i) => {
        const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        const d: Diagnostic = { severity: 'error', code: 'log/malformed', message: i.message, pointer: pointerOf(path), params: issueParams(i, value, path) };
        if (file !== undefined) d.file = file;
        return d;
      }),
    };
  }
  return { ok: true, value: r.data as PlayLog, warnings: [] };
}

/**
 * The facts of a log schema issue, for the translation: `form` is `missing`, `type`, `integer`,
 * `unknownKey`, `empty` or `other` (zod's English kept in `detail`).
 */
function issueParams(i: z.core.$ZodIssue, root: unknown, path: readonly (string | number)[]): Record<string, string | number> {
  const key = String(path[path.length - 1] ?? '');
  if (i.code === 'invalid_type') {
    const parent = path.slice(0, -1).reduce<unknown>((v, seg) => (typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[seg] : undefined), root);
    const present = typeof parent === 'object' && parent !== null && Object.prototype.hasOwnProperty.call(parent, key);
    if (path.length > 0 && !present) return { form: 'missing', key };
    return i.expected === 'int' ? { form: 'integer' } : { form: 'type', expected: i.expected };
  }
  if (i.code === 'unrecognized_keys') return { form: 'unknownKey', key: i.keys.join(', '), count: i.keys.length };
  if (i.code === 'too_small' && i.origin === 'string') return { form: 'empty' };
  if (i.code === 'custom' && i.message === ASSESSMENT_MESSAGE) return { form: 'assessment', max: MAX_ASSESSMENT_VALUE };
  if (i.code === 'invalid_value' && key === 'format') return { form: 'format', expected: LOG_FORMAT };
  if ((i.code === 'custom' && i.message === 'must be a safe integer') || (i.code === 'too_big' && key === 'seed')) return { form: 'safeInteger' };
  return { form: 'other', detail: i.message };
}

/** Replay a log from the start; refuses a log for another scenario, or one that goes on after the end. */
export function replay(loaded: LoadedScenario, log: PlayLog): PlayResult<GameState> {
  if (log.scenario !== loaded.scenario.id) {
    return { ok: false, errors: [playError('log/scenario', `the log is for scenario "${log.scenario}", not "${loaded.scenario.id}"`)] };
  }
  if (log.scenarioHash !== undefined && log.scenarioHash !== loaded.hash) {
    return {
      ok: false,
      errors: [playError('log/hash', `the log was played on another version of "${log.scenario}" (hash ${log.scenarioHash}, this file ${loaded.hash})`)],
    };
  }
  const state = createGame(loaded, log.seed);
  for (let i = 0; i < log.turns.length; i++) {
    if (state.ending) {
      return { ok: false, errors: [playError('log/after-end', `turn ${i + 1}: the log goes on after the game ended in turn ${state.ending.turn}`, i + 1)] };
    }
    const error = playTurnInPlace(loaded, state, log.turns[i]!);
    if (error) return { ok: false, errors: [error] };
  }
  return { ok: true, value: state, warnings: [] };
}
