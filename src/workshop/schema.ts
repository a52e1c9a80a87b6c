/** The zod schema of a workshop session file: what parseWorkshop accepts. */
import { z } from 'zod';
import { LOCALE_PATTERN, textSchema } from '../engine';
import { MAX_TEAMS, MIN_TEAMS, WORKSHOP_FORMAT, WORKSHOP_FORMAT_2, WORKSHOP_FORMAT_3, WORKSHOP_MODES } from './types';

/** An ISO 8601 date-time with `Z` or an offset (the form `Date.prototype.toISOString` gives). */
export const isoTime = z.iso.datetime({ offset: true });

export const MAX_NAME = 60;
export const MAX_NOTE = 4000;
export const MAX_EXTEND = 3600;
export const MAX_SECONDS_PER_TURN = 4 * 3600;

const id = z.string().min(1).max(64);
const seed = z.number().int().refine(Number.isSafeInteger, 'must be a safe integer');
const turn = z.number().int().min(1);

const stamp = { at: isoTime };

const events = [
  z.strictObject({
    ...stamp,
    type: z.literal('lock'),
    team: id,
    turn,
    decisions: z.array(id),
    released: z.array(id),
    assessment: z.record(id, z.number()).optional(),
  }),
  z.strictObject({ ...stamp, type: z.enum(['start', 'pause', 'resume', 'advance', 'reveal', 'end']) }),
  z.strictObject({ ...stamp, type: z.literal('extend'), seconds: z.number().int().min(1).max(MAX_EXTEND) }),
  z.strictObject({ ...stamp, type: z.literal('release'), inject: id, team: id }),
  z.strictObject({ ...stamp, type: z.literal('note'), text: z.string().max(MAX_NOTE), turn, team: id.optional() }),
] as const;
const readyEvent = z.strictObject({ ...stamp, type: z.literal('ready'), team: id, turn });

/** Every event this version writes (`ready` only in `@3` files). */
export const eventSchema = z.discriminatedUnion('type', [...events, readyEvent]);
/** The events of `@1` and `@2` files, which have no `ready`. */
const eventSchemaV2 = z.discriminatedUnion('type', [...events]);

const body = {
  scenario: z.string().min(1),
  scenarioHash: z.string().min(1),
  scenarioTitle: textSchema.optional(),
  createdAt: isoTime,
  locale: z.string().regex(LOCALE_PATTERN),
  teams: z
    .array(z.strictObject({ id, name: z.string().min(1).max(MAX_NAME), seed }))
    .min(MIN_TEAMS)
    .max(MAX_TEAMS),
  timer: z.strictObject({ secondsPerTurn: z.number().int().min(1).max(MAX_SECONDS_PER_TURN).nullable() }),
  releasable: z.array(id),
  hideLeaderboard: z.boolean(),
  events: z.array(eventSchemaV2),
};

/** `@1` (hot seat, no mode), `@2` (with a mode) or `@3` (`@2` with `ready` events); keys in this order, so files read back byte for byte. */
export const workshopSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal(WORKSHOP_FORMAT), ...body }),
  z.strictObject({ format: z.literal(WORKSHOP_FORMAT_2), mode: z.enum(WORKSHOP_MODES), ...body }),
  z.strictObject({ format: z.literal(WORKSHOP_FORMAT_3), mode: z.enum(WORKSHOP_MODES), ...body, events: z.array(eventSchema) }),
]);
