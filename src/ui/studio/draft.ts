/** A draft in the studio: the source text as the author left it, and what names it. Pure. */
import { parse } from 'jsonc-parser';

export interface Draft {
  /** Stable key in the drafts store. */
  key: string;
  /** The file name it was opened from, or made from the scenario's id. */
  file: string;
  text: string;
  /** Milliseconds since the epoch of the last edit. */
  updatedAt: number;
  /** The opened file, where the browser lets the studio save over it. */
  handle?: FileSystemFileHandle;
}

/** The scenario's `id` in a draft's text, if the text is JSON enough to tell. */
export function scenarioIdOf(text: string): string | null {
  const v: unknown = parse(text, [], { allowTrailingComma: true });
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const id = (v as Record<string, unknown>).id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}

/** The name a draft saves under: the opened file's, else `<id>.json`, else `scenario.json`. */
export function fileNameFor(text: string, opened: string | null): string {
  if (opened) return opened;
  const id = scenarioIdOf(text);
  return `${id && /^[\w.-]{1,64}$/.test(id) ? id : 'scenario'}.json`;
}

/** A new draft's key: time and a counter, unique within this browser. */
export function newDraftKey(now: number, salt: number): string {
  return `d${now.toString(36)}-${salt.toString(36)}`;
}

/** A play-test seed typed by the author: an integer, or undefined for a random one (blank or not a number). */
export function seedOf(typed: string): number | undefined {
  const s = typed.trim();
  return /^-?\d{1,15}$/.test(s) ? Number(s) : undefined;
}

/** Drafts by most recent edit first. */
export function byRecent(drafts: readonly Draft[]): Draft[] {
  return [...drafts].sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key));
}
