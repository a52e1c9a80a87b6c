/**
 * What a device keeps to come back to a live workshop by itself (after a reload, a long drop or
 * a server restart): per room code, the facilitator key or the team's seat token, and the
 * team's draft. Read back defensively: storage is the user's, and may hold anything.
 */
import type { KeyValue } from '../storage';

export interface Credentials {
  /** The facilitator key (the console), never sent anywhere but this workshop's server. */
  key?: string;
  /** A team device's seat token and its team. */
  seat?: string;
  team?: string;
}

export interface KeptDraft {
  turn: number;
  decisions: string[];
  assessment?: Record<string, number>;
}

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const credentialsKey = (code: string) => `cellule.live.${code}`;
const draftKey = (code: string) => `cellule.live.${code}.draft`;
const LAST = 'cellule.live.last';

/** Upper-case what people type and keep only the characters a code can hold. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6);
}

export const isCode = (code: string): boolean => CODE.test(code);

function readJson(storage: KeyValue, key: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(storage.get(key) ?? 'null') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function readCredentials(storage: KeyValue, code: string): Credentials {
  const v = readJson(storage, credentialsKey(code)) ?? {};
  const out: Credentials = {};
  if (typeof v.key === 'string' && TOKEN.test(v.key)) out.key = v.key;
  if (typeof v.seat === 'string' && TOKEN.test(v.seat)) out.seat = v.seat;
  if (typeof v.team === 'string' && /^t\d{1,2}$/.test(v.team)) out.team = v.team;
  return out;
}

export function writeCredentials(storage: KeyValue, code: string, patch: Credentials): void {
  storage.set(credentialsKey(code), JSON.stringify({ ...readCredentials(storage, code), ...patch }));
  storage.set(LAST, code);
}

export function forgetCredentials(storage: KeyValue, code: string): void {
  storage.remove(credentialsKey(code));
  storage.remove(draftKey(code));
  if (storage.get(LAST) === code) storage.remove(LAST);
}

/** The code of the last live workshop this device took part in (to offer going back to it). */
export function lastCode(storage: KeyValue): string | null {
  const code = storage.get(LAST);
  return code !== null && isCode(code) ? code : null;
}

export function readDraft(storage: KeyValue, code: string): KeptDraft | null {
  const v = readJson(storage, draftKey(code));
  if (!v || typeof v.turn !== 'number' || !Array.isArray(v.decisions) || !v.decisions.every((d) => typeof d === 'string')) return null;
  const draft: KeptDraft = { turn: v.turn, decisions: (v.decisions as string[]).slice(0, 32) };
  const a = v.assessment;
  if (a && typeof a === 'object' && !Array.isArray(a) && Object.values(a).every((p) => typeof p === 'number' && Number.isFinite(p) && p >= 0)) draft.assessment = a as Record<string, number>;
  return draft;
}

export function writeDraft(storage: KeyValue, code: string, draft: KeptDraft | null): void {
  if (draft) storage.set(draftKey(code), JSON.stringify(draft));
  else storage.remove(draftKey(code));
}
