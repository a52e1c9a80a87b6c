/**
 * A history file or stored record, checked in full before use: both are untrusted (an imported file
 * may come from anyone, and storage may be damaged). Checked by hand like the save (no zod at start-up).
 */
import type { Category, Text } from '../../engine';
import { HISTORY_FORMAT, MAX_GAMES, SCORE_CATEGORIES, MAX_IMPORT_CHARS, type GameRecord, type HistoryProblem, type HistoryProblemCode } from './types';


export type HistoryRead = { ok: true; games: GameRecord[] } | { ok: false; problem: HistoryProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isTime = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(v) && Number.isFinite(Date.parse(v));
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(v);
const isText = (v: unknown): v is Text => isString(v, 500) || (isObject(v) && Object.keys(v).length > 0 && Object.keys(v).length <= 20 && Object.values(v).every((x) => isString(x, 500)));
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
const isProbability = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const FIELDS = ['id', 'finishedAt', 'scenario', 'scenarioHash', 'title', 'seed', 'turnsPlayed', 'ending', 'score', 'attribution'];

function badCategories(v: unknown): string | null {
  if (!isObject(v)) return '';
  for (const [k, x] of Object.entries(v)) if (!SCORE_CATEGORIES.includes(k as Category) || !isScore(x)) return `/${k}`;
  return null;
}

function badAttribution(v: unknown): string | null {
  if (v === null) return null;
  if (!isObject(v) || Object.keys(v).length !== 2) return '';
  if (!isId(v.culprit)) return '/culprit';
  const a = v.assessment;
  if (!isObject(a) || Object.keys(a).length === 0 || Object.keys(a).length > 50) return '/assessment';
  for (const [k, x] of Object.entries(a)) if (!isId(k) || !isProbability(x)) return `/assessment/${k}`;
  const sum = Object.values(a).reduce<number>((s, x) => s + (x as number), 0);
  if (Math.abs(sum - 1) > 1e-6) return '/assessment';
  return null;
}

/** The first bad field of a record, as a JSON pointer inside it (`''`: the record itself), or null if it is sound. */
export function badRecordField(v: unknown): string | null {
  if (!isObject(v)) return '';
  const unknown = Object.keys(v).find((k) => !FIELDS.includes(k));
  if (unknown !== undefined) return `/${unknown}`;
  const score = v.score;
  const checks: [string, boolean][] = [
    ['id', isString(v.id, 200)],
    ['finishedAt', isTime(v.finishedAt)],
    ['scenario', isId(v.scenario)],
    ['scenarioHash', typeof v.scenarioHash === 'string' && /^[0-9a-f]{16}$/.test(v.scenarioHash)],
    ['title', isText(v.title)],
    ['seed', Number.isSafeInteger(v.seed)],
    ['turnsPlayed', Number.isSafeInteger(v.turnsPlayed) && (v.turnsPlayed as number) >= 0 && (v.turnsPlayed as number) <= 1000],
    ['ending', v.ending === null || isId(v.ending)],
    ['score', isObject(score) && Object.keys(score).length === 2],
  ];
  const bad = checks.find(([, ok]) => !ok);
  if (bad) return `/${bad[0]}`;
  const s = score as Record<string, unknown>;
  if (!isScore(s.overall)) return '/score/overall';
  const cat = badCategories(s.categories);
  if (cat !== null) return `/score/categories${cat}`;
  const attribution = badAttribution(v.attribution);
  return attribution === null ? null : `/attribution${attribution}`;
}

const refused = (code: HistoryProblemCode, pointer: string, detail: string): HistoryRead => ({ ok: false, problem: { code, pointer, detail } });

/** An import file's text: every record sound, or the first problem, located. */
export function parseHistoryFile(text: string): HistoryRead {
  if (text.length > MAX_IMPORT_CHARS) return refused('history/too-large', '', `${text.length} characters; the limit is ${MAX_IMPORT_CHARS}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refused('history/not-json', '', e instanceof Error ? e.message : String(e));
  }
  if (!isObject(value) || value.format !== HISTORY_FORMAT) return refused('history/format', '/format', `format ${JSON.stringify(isObject(value) ? (value.format ?? null) : null)}`);
  if (!Array.isArray(value.games)) return refused('history/format', '/games', 'no list of games');
  if (value.games.length > MAX_GAMES) return refused('history/too-many', '/games', `${value.games.length} games; the limit is ${MAX_GAMES}`);
  for (const [i, g] of value.games.entries()) {
    const bad = badRecordField(g);
    if (bad !== null) return refused('history/record', `/games/${i}${bad}`, `game ${i + 1}: missing or malformed field "${bad || '/'}"`);
  }
  return { ok: true, games: value.games as GameRecord[] };
}
