/**
 * The MSEL sheet (HSEEP's Master Scenario Events List) for a scenario: one row per inject, in
 * time order. Columns, left to right:
 *   inject_id      the inject's id (how import finds it; do not change)
 *   turn           the turn it fires by itself (`at`); empty: no `at`                    editable
 *   scenario_time  simulated date and time at the start of that turn, in the scenario's offset   editable
 *   channel        soc, exec, press, …                                                  read-only
 *   optional       yes when only the facilitator releases it                            read-only
 *   when           its condition, if any                                                read-only
 *   sent_by        decisions, injects and rules whose effects send it                   read-only
 *   title_LL, body_LL   its title and body in each of the scenario's languages           editable
 *   decisions      the decisions it calls for: those whose condition names it           read-only
 * Other columns (notes, owner, …) may be added: import ignores them.
 */
import { clockAt, type Effect, type LoadedScenario, referencedIds, type Text, textOf, totalTurns } from '../../engine';
import { symbolsOf } from '../distance';

export const FIXED_BEFORE = ['inject_id', 'turn', 'scenario_time', 'channel', 'optional', 'when', 'sent_by'] as const;
export const FIXED_AFTER = ['decisions'] as const;
export const READ_ONLY = ['channel', 'optional', 'when', 'sent_by', 'decisions'] as const;

/** The header of a scenario's sheet. */
export function headerOf(loaded: LoadedScenario): string[] {
  const locales = loaded.scenario.locales;
  return [...FIXED_BEFORE, ...locales.map((l) => `title_${l}`), ...locales.map((l) => `body_${l}`), ...FIXED_AFTER];
}

/**
 * Spreadsheets run a cell starting with = + - @ (or tab, CR) as a formula: export puts an
 * apostrophe before it, and before any run of apostrophes that precedes one, so that import
 * can always take exactly one off.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
export const escapeCell = (v: string): string => (FORMULA.test(v) ? `'${v}` : v);
export const unescapeCell = (v: string): string => (v.startsWith("'") && FORMULA.test(v.slice(1)) ? v.slice(1) : v);

/** One inject's row, by column name, as export writes it. */
export type Row = Record<string, string>;

/** Every inject's row, in time order: by `at`, then in declaration order; injects without `at` last. */
export function rowsOf(loaded: LoadedScenario): Row[] {
  const s = loaded.scenario;
  const symbols = symbolsOf(loaded);
  const senders = sendersOf(loaded);
  const callers = new Map<string, string[]>();
  for (const d of s.decisions) {
    const refs = d.when !== undefined ? referencedIds(d.when, symbols) : undefined;
    for (const id of refs?.injects ?? []) callers.set(id, [...(callers.get(id) ?? []), d.id]);
  }
  const order = s.injects.map((inject, i) => ({ inject, i })).sort((a, b) => (a.inject.at ?? Infinity) - (b.inject.at ?? Infinity) || a.i - b.i);
  return order.map(({ inject }) => {
    const row: Row = {
      inject_id: inject.id,
      turn: inject.at !== undefined ? String(inject.at) : '',
      scenario_time: inject.at !== undefined ? scenarioTime(loaded, inject.at) : '',
      channel: inject.channel,
      optional: inject.optional ? 'yes' : '',
      when: inject.when ?? '',
      sent_by: (senders.get(inject.id) ?? []).join(' '),
    };
    for (const l of s.locales) {
      row[`title_${l}`] = localeText(inject.title, l);
      row[`body_${l}`] = localeText(inject.body, l);
    }
    row.decisions = (callers.get(inject.id) ?? []).join(' ');
    return row;
  });
}

/** A Text in one of the scenario's locales (a plain string is the same in all). */
export function localeText(text: Text, locale: string): string {
  return typeof text === 'string' ? text : (text[locale] ?? textOf(text, locale));
}

/** `2025-12-22T08:30+01:00`: the start of `turn` in the scenario's own UTC offset. */
export function scenarioTime(loaded: LoadedScenario, turn: number): string {
  const start = loaded.scenario.clock.start;
  const offset = /([+-]\d\d:\d\d|Z)$/.exec(start)?.[1] ?? 'Z';
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const ms = Date.parse(clockAt(loaded, turn).iso) + minutes * 60_000;
  return new Date(ms).toISOString().slice(0, 16) + offset;
}

/** The turn whose start is at `time` (same format as scenarioTime, or any ISO 8601 date-time), or null. */
export function turnAt(loaded: LoadedScenario, time: string): number | null {
  const ms = Date.parse(time);
  if (!Number.isFinite(ms)) return null;
  for (let t = 1; t <= totalTurns(loaded); t++) if (Date.parse(clockAt(loaded, t).iso) === ms) return t;
  return null;
}

function sendersOf(loaded: LoadedScenario): Map<string, string[]> {
  const s = loaded.scenario;
  const out = new Map<string, string[]>();
  const note = (effects: readonly Effect[] | undefined, from: string) => {
    for (const e of effects ?? []) {
      if ('inject' in e && !(out.get(e.inject) ?? []).includes(from)) out.set(e.inject, [...(out.get(e.inject) ?? []), from]);
    }
  };
  for (const d of s.decisions) {
    note(d.effects, d.id);
    for (const o of d.outcomes ?? []) note(o.effects, d.id);
  }
  for (const i of s.injects) note(i.effects, i.id);
  for (const r of s.rules) note(r.effects, r.id);
  return out;
}
