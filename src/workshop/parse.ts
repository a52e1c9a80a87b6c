/** Reading and writing workshop session files: versioned, validated, never throwing. */
import { pointerOf, type Diagnostic, type LoadedScenario, type Result } from '../engine';
import { pointerPlace, syntaxPlace, type Place } from './locate';
import { replayWorkshop } from './room';
import { workshopSchema } from './schema';
import { WORKSHOP_FORMAT_3, WORKSHOP_FORMATS, WORKSHOP_VERSION, type Workshop } from './types';

export const MAX_WORKSHOP_CHARS = 5_000_000;
const FORMAT_PATTERN = /^cellule\/workshop@(\d+)$/;

/** The session as the text of a `.cellule-workshop.json` file. */
export function serialiseWorkshop(session: Workshop): string {
  return JSON.stringify(session, null, 2) + '\n';
}

/**
 * Parse a session file. With the scenario, also checks it is the same scenario and version
 * and that every event still applies (so the reports can be trusted). Never throws.
 */
export function parseWorkshop(text: string, loaded?: LoadedScenario, file?: string): Result<Workshop> {
  if (typeof text !== 'string') return { ok: false, errors: [{ severity: 'error', code: 'workshop/malformed', message: 'not a text file', pointer: '' }] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  /** A located diagnostic: line and column of the pointer's value (or of the syntax error). */
  const diagnostic = (code: string, message: string, pointer: string, place: Place | null, params?: Record<string, string | number>): Diagnostic => {
    const d: Diagnostic = { severity: 'error', code, message, pointer };
    if (params) d.params = params;
    if (file !== undefined) d.file = file;
    if (place) Object.assign(d, place);
    return d;
  };
  const fail = (code: string, message: string, pointer = '', params?: Record<string, string | number>): Result<Workshop> => ({
    ok: false,
    errors: [diagnostic(code, message, pointer, pointerPlace(body, pointer), params)],
  });
  if (text.length > MAX_WORKSHOP_CHARS) return { ok: false, errors: [diagnostic('workshop/too-large', `the file is larger than ${MAX_WORKSHOP_CHARS} characters`, '', null)] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const where = syntaxPlace(body) ?? { line: 1, col: 1 };
    return { ok: false, errors: [diagnostic('workshop/malformed', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, '', where, { reason: 'json' })] };
  }
  const format = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).format : undefined;
  const reads = `${WORKSHOP_FORMATS.slice(0, -1).join(', ')} and ${WORKSHOP_FORMAT_3}`;
  if (!WORKSHOP_FORMATS.some((f) => f === format)) {
    const version = typeof format === 'string' ? FORMAT_PATTERN.exec(format)?.[1] : undefined;
    if (version !== undefined && Number(version) > WORKSHOP_VERSION) {
      return fail('workshop/too-new', `this session was saved by a newer version of Cellule (${format}); this version reads ${reads}`, '/format', { found: format as string, expected: WORKSHOP_FORMAT_3 });
    }
    if (version !== undefined) {
      return fail('workshop/too-old', `this session was saved in an old format (${format}) that this version no longer reads; it reads ${reads}`, '/format', { found: format as string, expected: WORKSHOP_FORMAT_3 });
    }
    return fail('workshop/format', `not a Cellule workshop session (format ${JSON.stringify(format ?? null)}; expected one of ${WORKSHOP_FORMATS.map((f) => `"${f}"`).join(', ')})`, '/format');
  }
  const r = workshopSchema.safeParse(value);
  if (!r.success) {
    return {
      ok: false,
      errors: r.error.issues.map((i) => {
        const pointer = pointerOf(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
        return diagnostic('workshop/malformed', i.message, pointer, pointerPlace(body, pointer));
      }),
    };
  }
  const session = r.data as Workshop;
  const ids = session.teams.map((t) => t.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) return fail('workshop/malformed', `two teams have the id "${dup}"`, '/teams');
  if (ids.includes('all')) return fail('workshop/malformed', 'a team cannot have the id "all" (it means every team in a release)', '/teams');
  if (loaded) {
    const replayed = replayWorkshop(loaded, session);
    if (!replayed.ok) {
      const e = replayed.error;
      const hash = e.code === 'workshop/scenario' && session.scenario === loaded.scenario.id;
      const code = hash ? 'workshop/hash' : e.code;
      const pointer = e.event !== undefined ? `/events/${e.event}` : hash ? '/scenarioHash' : e.code === 'workshop/scenario' ? '/scenario' : '';
      const params = e.event !== undefined ? { ...e.params, event: e.event + 1, type: session.events[e.event]?.type ?? '' } : e.params;
      return fail(code, e.message, pointer, params);
    }
    // The facilitator's view lists these by the scenario's titles: every one must be an optional inject of it.
    const bad = session.releasable.findIndex((id) => !loaded.scenario.injects.some((x) => x.id === id && x.optional === true));
    if (bad >= 0) {
      const inject = session.releasable[bad]!;
      return fail('workshop/not-releasable', `releasable: "${inject}" is not an optional inject of this scenario`, `/releasable/${bad}`, { inject });
    }
  }
  return { ok: true, value: session, warnings: [] };
}
