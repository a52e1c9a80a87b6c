/** The live protocol: join options and client messages (zod, strict), limits and error codes (docs/live-protocol.md). */
import { z } from 'zod';

export const ROOM_NAME = 'workshop';
/** A client message, as JSON, may not be longer than this. */
export const MAX_MESSAGE_CHARS = 16 * 1024;
/** The transport closes a connection whose frame is larger (a message's binary form is smaller than its JSON). */
export const MAX_FRAME_BYTES = 64 * 1024;
export const MAX_SCENARIO_CHARS = 1_000_000;

export const LIVE_ERRORS = [
  'live/bad-message',
  'live/too-large',
  'live/unknown-type',
  'live/bad-key',
  'live/not-a-team',
  'live/not-your-team',
  'live/read-only',
  'live/flood',
  'live/storage',
  'live/bad-join',
  'live/bad-seat',
  'live/seats-full',
  'live/bad-scenario',
  'live/bad-setup',
  'live/no-such-room',
  'live/rate-limited',
] as const;
export type LiveErrorCode = (typeof LIVE_ERRORS)[number];

const id = z.string().min(1).max(64);
const secret = z.string().min(16).max(128);
const assessment = z.record(id, z.number().finite().min(0).max(1e6)).refine((r) => Object.keys(r).length <= 32, 'too many actors');
const decisions = z.array(id).max(32);

const setup = z.strictObject({
  locale: z.string().min(2).max(16),
  teams: z.array(z.strictObject({ name: z.string().max(200), seed: z.number().int().optional() })).min(1).max(8),
  seed: z.number().int().optional(),
  secondsPerTurn: z.number().int().nullable().optional(),
  releasable: z.array(id).max(64).optional(),
  hideLeaderboard: z.boolean().optional(),
});

export const createOptions = z.strictObject({
  role: z.literal('facilitator'),
  /** The creator's own random nonce: only the join that carries it gets the facilitator key. */
  nonce: z.string().min(22).max(128),
  create: z.strictObject({
    scenario: z.union([z.strictObject({ bundled: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/) }), z.strictObject({ text: z.string().max(MAX_SCENARIO_CHARS) })]),
    setup,
  }),
});
export type CreateOptions = z.infer<typeof createOptions>;

export const joinOptions = z.union([
  createOptions,
  z.strictObject({ role: z.literal('facilitator'), key: secret }),
  z.strictObject({ role: z.literal('team'), team: id }),
  z.strictObject({ role: z.literal('team'), seat: secret }),
  z.strictObject({ role: z.literal('projector'), lobby: z.literal(true).optional() }),
]);
export type JoinOptions = z.infer<typeof joinOptions>;

/** Messages a client sends, by type. `team`, when given, must be the sender's own. */
export const messages = {
  draft: z.strictObject({ team: id.optional(), decisions, assessment: assessment.optional() }),
  lock: z.strictObject({ team: id.optional(), turn: z.number().int().min(1).max(10_000), decisions, assessment: assessment.optional() }),
  control: z.discriminatedUnion('type', [
    z.strictObject({ key: secret, type: z.enum(['start', 'pause', 'resume', 'advance', 'reveal', 'end']) }),
    z.strictObject({ key: secret, type: z.literal('extend'), seconds: z.number().int().min(1).max(3600) }),
    z.strictObject({ key: secret, type: z.literal('release'), inject: id, team: id }),
    z.strictObject({ key: secret, type: z.literal('note'), text: z.string().min(1).max(4000), team: id.optional() }),
  ]),
  session: z.strictObject({ key: secret }),
  /** Any device asks for the scenario's text (when it has no copy with the hash `welcome` gave). */
  scenario: z.strictObject({}),
};
export type MessageType = keyof typeof messages;
export type Control = z.infer<(typeof messages)['control']>;
