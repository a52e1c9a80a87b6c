/**
 * The autosave `cellule/save@1`: the play log (a game is its log), the choices in progress
 * and where the player was. Read defensively: a damaged or foreign save is reported, never thrown.
 */
import type { PlayLog, Text } from '../engine';
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
}

export type SaveProblemCode = 'save/corrupt' | 'save/version' | 'save/scenario-missing' | 'save/scenario-invalid' | 'save/replay';

export interface SaveProblem {
  code: SaveProblemCode;
  /** An English detail from the engine or the parser, shown under the translated sentence. */
  detail?: string;
}

export type SaveRead = { ok: true; save: SaveFile } | { ok: false; problem: SaveProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNumberRecord = (v: unknown): v is Record<string, number> =>
  isObject(v) && Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x));
const isText = (v: unknown): v is Text => typeof v === 'string' || (isObject(v) && Object.values(v).every((x) => typeof x === 'string'));

function isSource(v: unknown): v is SavedSource {
  if (!isObject(v)) return false;
  if (v.kind === 'bundled') return typeof v.id === 'string';
  return v.kind === 'custom' && typeof v.file === 'string';
}

/** The log's shape only; the engine's replay checks the rest when the game is restored. */
function isLogShape(v: unknown): v is PlayLog {
  return (
    isObject(v) &&
    typeof v.format === 'string' &&
    typeof v.scenario === 'string' &&
    typeof v.seed === 'number' &&
    Array.isArray(v.turns) &&
    v.turns.every((t) => isObject(t) && isStringArray(t.decisions))
  );
}

/** Check a parsed value is a save of this version. */
export function checkSave(value: unknown): SaveRead {
  if (!isObject(value)) return { ok: false, problem: { code: 'save/corrupt', detail: 'not a JSON object' } };
  if (value.format !== SAVE_FORMAT) {
    return { ok: false, problem: { code: 'save/version', detail: `format ${JSON.stringify(value.format ?? null)}` } };
  }
  const draft = value.draft;
  const ok =
    typeof value.savedAt === 'string' &&
    isSource(value.source) &&
    isText(value.title) &&
    typeof value.turn === 'number' &&
    typeof value.totalTurns === 'number' &&
    typeof value.ended === 'boolean' &&
    isLogShape(value.log) &&
    isObject(draft) &&
    isStringArray(draft.chosen) &&
    (draft.assessment === null || isNumberRecord(draft.assessment)) &&
    (value.screen === 'briefing' || value.screen === 'ops' || value.screen === 'debrief');
  if (!ok) return { ok: false, problem: { code: 'save/corrupt', detail: 'missing or malformed fields' } };
  return { ok: true, save: value as unknown as SaveFile };
}

/** The save in storage: null when there is none, else the save or why it cannot be used. */
export function readSave(storage: KeyValue): SaveRead | null {
  const text = storage.get(SAVE_KEY);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { code: 'save/corrupt', detail: e instanceof Error ? e.message : String(e) } };
  }
  return checkSave(value);
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

/** Forget the save (and its custom scenario). */
export function discardSave(storage: KeyValue): void {
  storage.remove(SAVE_KEY);
  storage.remove(SAVE_SCENARIO_KEY);
}
