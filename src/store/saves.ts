/**
 * The autosave `cellule/save@1`: the play log (a game is its log), the choices in progress
 * and where the player was. Read defensively: a damaged or foreign save is reported, never thrown.
 */
import type { Diagnostic, PlayLog, Result, Text } from '../engine';
import { clearAside, moveAside, readAside, readAsideWhy } from './aside';
import type { KeyValue } from './storage';

export const SAVE_FORMAT = 'cellule/save@1';
export const SAVE_KEY = 'cellule.save';
/** A custom scenario's text, written once per game rather than after every turn. */
export const SAVE_SCENARIO_KEY = 'cellule.save.scenario';

export type SavedSource = { kind: 'bundled'; id: string } | { kind: 'custom'; file: string };
export type SavedScreen = 'briefing' | 'ops' | 'debrief';

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  savedAt: string;
  source: SavedSource;
  /** For the title screen's "continue" button, without loading the scenario. */
  title: Text;
  turn: number;
  totalTurns: number;
  ended: boolean;
  log: PlayLog;
  /** Choices of the current turn not yet played; `assessment` null: the player never set one. */
  draft: { chosen: string[]; assessment: Record<string, number> | null };
  screen: SavedScreen;
  /** Branches of the game (rewinds, missed chances, the game a rewind left): each a play log and its label. */
  branches?: { label: string; log: PlayLog }[];
}

/** A save keeps at most this many branches, of at most this many characters together. */
export const MAX_BRANCHES = 8;
export const MAX_BRANCHES_CHARS = 400_000;
export const MAX_BRANCH_LABEL = 200;

export type SaveProblemCode = 'save/corrupt' | 'save/version' | 'save/too-large' | 'save/scenario-missing' | 'save/scenario-invalid' | 'save/replay';
const CODES: readonly SaveProblemCode[] = ['save/corrupt', 'save/version', 'save/too-large', 'save/scenario-missing', 'save/scenario-invalid', 'save/replay'];

/** Why a save cannot be used: a Diagnostic (`message`: the English detail shown under the translated sentence). */
export interface SaveProblem extends Diagnostic {
  /** The damaged save was moved aside (see aside.ts): it can be downloaded, then discarded. */
  aside?: boolean;
}

export type SaveRead = Result<SaveFile>;

/** A save problem as a diagnostic; `pointer` locates it in the save when known. */
export function saveProblem(code: SaveProblemCode, message: string, pointer = ''): SaveProblem {
  return { severity: 'error', code, message, pointer };
}

const refused = (problem: SaveProblem): SaveRead => ({ ok: false, errors: [problem] });

/** A save holds a play log (at most 2,000,000 characters), its branches and a few fields; a real one is a few kB. Larger is damaged. */
export const MAX_SAVE_CHARS = 2_100_000 + MAX_BRANCHES_CHARS;

// Checked by hand, not with zod: the title screen reads the save before the engine (and zod) load.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isStringArray = (v: unknown, max: number): v is string[] => Array.isArray(v) && v.length <= max && v.every((x) => isString(x, 64));
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const hasOnly = (o: Record<string, unknown>, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** An ISO 8601 date-time that Date reads: the title screen formats it, and an invalid date throws there. */
const isTime = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && Number.isFinite(Date.parse(v));
const isText = (v: unknown): v is Text =>
  isString(v, 10_000) || (isObject(v) && Object.keys(v).length > 0 && Object.values(v).every((x) => isString(x, 10_000)));
const isAssessment = (v: unknown): v is Record<string, number> =>
  isObject(v) && Object.entries(v).every(([k, x]) => k.length <= 64 && typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100);

function isSource(v: unknown): v is SavedSource {
  if (!isObject(v)) return false;
  if (v.kind === 'bundled') return hasOnly(v, ['kind', 'id']) && typeof v.id === 'string' && /^[a-z0-9][a-z0-9-]{1,63}$/.test(v.id);
  return v.kind === 'custom' && hasOnly(v, ['kind', 'file']) && isString(v.file, 1000) && v.file !== '';
}

/** The log's shape; the engine's `parseLog` checks it in full before the game is restored. */
function isLogShape(v: unknown): v is PlayLog {
  return (
    isObject(v) &&
    typeof v.format === 'string' &&
    typeof v.scenario === 'string' &&
    Number.isSafeInteger(v.seed) &&
    Array.isArray(v.turns) &&
    v.turns.every((t) => isObject(t) && isStringArray(t.decisions, 1000))
  );
}

const FIELDS = ['format', 'savedAt', 'source', 'title', 'turn', 'totalTurns', 'ended', 'log', 'draft', 'screen', 'branches'];

/** Where the `branches` field is damaged (a JSON pointer), or null when it is absent or sound. */
function badBranches(v: unknown): { pointer: string; why: string } | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) return { pointer: '/branches', why: 'not a list' };
  if (v.length > MAX_BRANCHES) return { pointer: '/branches', why: `more than ${MAX_BRANCHES} branches` };
  if (JSON.stringify(v).length > MAX_BRANCHES_CHARS) return { pointer: '/branches', why: `larger than ${MAX_BRANCHES_CHARS} characters` };
  for (let i = 0; i < v.length; i++) {
    const b: unknown = v[i];
    if (!isObject(b) || !hasOnly(b, ['label', 'log'])) return { pointer: `/branches/${i}`, why: 'not a branch {label, log}' };
    if (!isString(b.label, MAX_BRANCH_LABEL) || b.label === '') return { pointer: `/branches/${i}/label`, why: 'missing or malformed label' };
    if (!isLogShape(b.log)) return { pointer: `/branches/${i}/log`, why: 'missing or malformed log' };
  }
  return null;
}

/** The first field of a save that is missing or malformed, if any. */
function badField(v: Record<string, unknown>): string | undefined {
  const draft = v.draft;
  const checks: [string, boolean][] = [
    ['keys', hasOnly(v, FIELDS)],
    ['savedAt', isTime(v.savedAt)],
    ['source', isSource(v.source)],
    ['title', isText(v.title)],
    ['turn', isCount(v.turn)],
    ['totalTurns', isCount(v.totalTurns) && isCount(v.turn) && v.turn <= v.totalTurns + 1],
    ['ended', typeof v.ended === 'boolean'],
    ['log', isLogShape(v.log)],
    ['draft', isObject(draft) && hasOnly(draft, ['chosen', 'assessment']) && isStringArray(draft.chosen, 1000) && (draft.assessment === null || isAssessment(draft.assessment))],
    ['screen', v.screen === 'briefing' || v.screen === 'ops' || v.screen === 'debrief'],
  ];
  return checks.find(([, ok]) => !ok)?.[0];
}

/** Check a parsed value is a save of this version, every field in full (the log's content is the engine's to check). */
export function checkSave(value: unknown): SaveRead {
  if (!isObject(value)) return refused(saveProblem('save/corrupt', 'not a JSON object'));
  if (value.format !== SAVE_FORMAT) return refused(saveProblem('save/version', `format ${JSON.stringify(value.format ?? null)}`, '/format'));
  const bad = badField(value);
  if (bad === 'keys') return refused(saveProblem('save/corrupt', 'unknown fields'));
  if (bad !== undefined) return refused(saveProblem('save/corrupt', `missing or malformed field "${bad}"`, `/${bad}`));
  const branch = badBranches(value.branches);
  if (branch) return refused(saveProblem('save/corrupt', `branches: ${branch.why} at ${branch.pointer}`, branch.pointer));
  return { ok: true, value: value as unknown as SaveFile, warnings: [] };
}

/** The save in storage: null when there is none, else the save or why it cannot be used (too large ones are not even parsed). */
export function readSave(storage: KeyValue): SaveRead | null {
  const text = storage.get(SAVE_KEY);
  if (text === null) return null;
  if (text.length > MAX_SAVE_CHARS) return refused(saveProblem('save/too-large', `${text.length} characters; the limit is ${MAX_SAVE_CHARS}`));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refused(saveProblem('save/corrupt', e instanceof Error ? e.message : String(e)));
  }
  return checkSave(value);
}

/**
 * The save at start-up. A damaged one is moved aside (never deleted: the player may download it)
 * and reported; one moved aside on an earlier visit is reported again until the player discards it.
 */
export function readSaveAtStart(storage: KeyValue): SaveRead | null {
  const read = readSave(storage);
  if (read && !read.ok) {
    const problem = read.errors[0]!;
    // The note keeps its stored form {code, detail}: notes written by earlier versions still read.
    const aside = moveAside(storage, SAVE_KEY, 'save', { code: problem.code, detail: problem.message });
    return refused(aside ? { ...problem, aside } : problem);
  }
  if (read) return read;
  if (readAside(storage, 'save') === null) return null;
  const why = readAsideWhy(storage, 'save') ?? {};
  const code = CODES.find((c) => c === why.code) ?? 'save/corrupt';
  const detail = typeof why.detail === 'string' ? why.detail.slice(0, 500) : '';
  return refused({ ...saveProblem(code, detail), aside: true });
}

/** The custom scenario text saved with the game, if any. */
export function readSavedScenario(storage: KeyValue): string | null {
  return storage.get(SAVE_SCENARIO_KEY);
}

/** Write the save; `scenarioText` (a custom scenario) is written only when given. False if storage refused. */
export function writeSave(storage: KeyValue, save: SaveFile, scenarioText?: string): boolean {
  if (scenarioText !== undefined && !storage.set(SAVE_SCENARIO_KEY, scenarioText)) return false;
  if (save.source.kind === 'bundled') storage.remove(SAVE_SCENARIO_KEY);
  return storage.set(SAVE_KEY, JSON.stringify(save));
}

/** Forget the save (and its custom scenario), and a damaged one set aside: the player chose to. */
export function discardSave(storage: KeyValue): void {
  storage.remove(SAVE_KEY);
  storage.remove(SAVE_SCENARIO_KEY);
  clearAside(storage, 'save');
}
