/** A validated client message turned into what the workshop does with it, or the error its sender gets. */
import type { WorkshopInput } from '../../src/workshop';
import type { LiveError, Seat } from '../context';
import { MAX_MESSAGE_CHARS, messages } from '../protocol';
import { matches } from '../secrets';

export type Intent =
  | { kind: 'event'; input: WorkshopInput }
  | { kind: 'draft'; team: string; decisions: string[]; assessment?: Record<string, number> }
  | { kind: 'session' }
  | { kind: 'scenario' }
  | { kind: 'error'; error: LiveError };

const error = (code: string, message: string, type?: string): Intent => ({ kind: 'error', error: { code, message, ...(type ? { type } : {}) } });

function size(message: unknown): number {
  try {
    return JSON.stringify(message ?? null).length;
  } catch {
    return Infinity;
  }
}

/** Read one message from a client with `seat`, at ISO time `at`, in a workshop whose key hashes to `keyHash` and that plays `turn`. */
export function intentOf(seat: Seat, type: unknown, message: unknown, ctx: { at: string; keyHash: string; turn: number }): Intent {
  if (typeof type !== 'string' || !Object.hasOwn(messages, type)) return error('live/unknown-type', 'unknown message type');
  if (size(message) > MAX_MESSAGE_CHARS) return error('live/too-large', `a message may not be longer than ${MAX_MESSAGE_CHARS} characters`, type);
  const bad = (issues: { path: PropertyKey[]; message: string }[]) => error('live/bad-message', `${issues[0]?.path.map(String).join('.') ?? ''}: ${issues[0]?.message ?? 'invalid'}`, type);
  const key = (k: string) => matches(k, ctx.keyHash);
  const at = ctx.at;
  const hasKey = typeof message === 'object' && message !== null && typeof (message as { key?: unknown }).key === 'string';
  if ((type === 'session' || type === 'control') && !hasKey) return error('live/bad-key', 'control messages need the facilitator key', type);
  if (type === 'scenario') return messages.scenario.safeParse(message).success ? { kind: 'scenario' } : error('live/bad-message', 'scenario: takes no field', type);
  if (type === 'session') {
    const p = messages.session.safeParse(message);
    if (!p.success) return bad(p.error.issues);
    return key(p.data.key) ? { kind: 'session' } : error('live/bad-key', 'wrong facilitator key', type);
  }
  if (type === 'control') {
    const p = messages.control.safeParse(message);
    if (!p.success) return bad(p.error.issues);
    const m = p.data;
    if (!key(m.key)) return error('live/bad-key', 'wrong facilitator key', type);
    if (m.type === 'extend') return { kind: 'event', input: { type: 'extend', at, seconds: m.seconds } };
    if (m.type === 'release') return { kind: 'event', input: { type: 'release', at, inject: m.inject, team: m.team } };
    if (m.type === 'note') return { kind: 'event', input: { type: 'note', at, text: m.text, turn: ctx.turn, ...(m.team ? { team: m.team } : {}) } };
    return { kind: 'event', input: { type: m.type, at } };
  }
  const p = (type === 'lock' ? messages.lock : messages.draft).safeParse(message);
  if (!p.success) return bad(p.error.issues);
  const m = p.data as { team?: string; turn?: number; decisions: string[]; assessment?: Record<string, number> };
  if (seat.role === 'projector') return error('live/read-only', 'the projector only watches', type);
  if (seat.role !== 'team') return error('live/not-a-team', 'only a team device drafts and locks', type);
  if (m.team !== undefined && m.team !== seat.team) return error('live/not-your-team', `this device plays for ${seat.team}`, type);
  const assessment = m.assessment ? { assessment: m.assessment } : {};
  if (m.turn !== undefined) return { kind: 'event', input: { type: 'lock', at, team: seat.team, turn: m.turn, decisions: m.decisions, ...assessment } };
  return { kind: 'draft', team: seat.team, decisions: m.decisions, ...assessment };
}
