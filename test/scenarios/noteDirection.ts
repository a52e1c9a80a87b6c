/**
 * The direction a scenario's note declares in words ("trust erodes", "la fatigue monte"), and
 * the direction of the changes it is shown with in the turn report. A small bilingual lexicon:
 * a note that says both (or neither) declares nothing.
 */
import { randomGame, type Cause, type Effect, type LoadedScenario, type Text } from '../../src/engine';

export type Direction = 'up' | 'down';

const WORDS: Record<string, Record<Direction, RegExp>> = {
  en: {
    up: /\b(rises?|rising|rose|grows?|growing|increases?|increasing|climbs?|climbing|builds? up|piles? up|mounts?|goes up|soars?|recovers?|improves?|gains?)\b/i,
    // "fall back on", "fall for": not a direction.
    down: /\b(falls?(?! back| for)|falling(?! back| for)|fell(?! back| for)|drops?|dropping|erodes?|eroding|drains?( away)?|decreases?|decreasing|declines?|declining|sinks?|shrinks?|goes down|collapses?|plunges?|chokes?|dwindles?)\b/i,
  },
  fr: {
    up: /(\bmonte\b|\bmontent\b|\baugmente|\bgrimpe|\bcro[iî]t\b|\bcroissent\b|s['’]accumule|\bremonte|\bprogresse|s['’]am[ée]liore|\bs['’]alourdit|\ben hausse\b|\bgonfle)/i,
    down: /(\bbaisse|\bchute|s['’][ée]rode|s['’]effrite|\b[ée]touffe|\bdiminue|\brecule|s['’]effondre|\bfond\b|\bplonge|\bd[ée]cro[iî]t|\ben baisse\b|\bs['’]amenuise)/i,
  },
};

/** The one direction a text declares in a language, or null (none, or both). */
export function declared(text: string, lang: string): Direction | null {
  const w = WORDS[lang] ?? WORDS.en!;
  const up = w.up.test(text);
  const down = w.down.test(text);
  return up === down ? null : up ? 'up' : 'down';
}

/** Each language's text of a Text. */
export function texts(text: Text, locales: readonly string[]): [string, string][] {
  return typeof text === 'string' ? locales.map((l) => [l, text]) : Object.entries(text);
}

/** A note as the turn report shows it with a change: the effect's own note, and the rule's note as the cause. */
export interface ShownNote {
  where: string;
  lang: string;
  text: string;
  direction: Direction;
}

/** The notes shown with one change (its cause and effect), each with the direction it declares. */
export function notesOf(loaded: LoadedScenario, cause: Cause, effect: number): ShownNote[] {
  const sc = loaded.scenario;
  const out: ShownNote[] = [];
  const add = (where: string, text: Text | undefined) => {
    if (text === undefined) return;
    for (const [lang, s] of texts(text, sc.locales)) {
      const direction = declared(s, lang);
      if (direction) out.push({ where, lang, text: s, direction });
    }
  };
  if (cause.kind === 'rule') {
    const i = sc.rules.findIndex((r) => r.id === cause.id);
    add(`/rules/${i}/note`, sc.rules[i]?.note);
    add(`/rules/${i}/effects/${effect}/note`, sc.rules[i]?.effects[effect]?.note);
  } else if (cause.kind === 'decision') {
    const i = sc.decisions.findIndex((d) => d.id === cause.id);
    add(`/decisions/${i}/effects/${effect}/note`, sc.decisions[i]?.effects[effect]?.note);
  } else if (cause.kind === 'outcome') {
    const i = sc.decisions.findIndex((d) => d.id === cause.id);
    add(`/decisions/${i}/outcomes/${cause.outcome}/effects/${effect}/note`, sc.decisions[i]?.outcomes?.[cause.outcome]?.effects[effect]?.note);
  } else if (cause.kind === 'inject') {
    const i = sc.injects.findIndex((x) => x.id === cause.id);
    add(`/injects/${i}/effects/${effect}/note`, sc.injects[i]?.effects?.[effect]?.note);
  }
  return out;
}

/**
 * Changes known without playing: an `add` of a literal number, with the notes shown with it
 * (one a note, only for visible metrics), so an effect random play never reaches is checked too.
 */
export function literalContradictions(loaded: LoadedScenario): Contradiction[] {
  const sc = loaded.scenario;
  const visible = new Set(sc.metrics.filter((m) => m.visible !== false).map((m) => m.id));
  const out: Contradiction[] = [];
  const check = (cause: Cause, effects: readonly Effect[] | undefined) => {
    for (const [i, e] of (effects ?? []).entries()) {
      if (!('metric' in e) || !('add' in e) || typeof e.add !== 'number' || e.add === 0 || !visible.has(e.metric)) continue;
      const way: Direction = e.add > 0 ? 'up' : 'down';
      for (const note of notesOf(loaded, cause, i)) if (note.direction !== way) out.push({ note, metric: e.metric, from: 0, to: e.add, seed: 0 });
    }
  };
  const at = { turn: 1 };
  for (const r of sc.rules) check({ kind: 'rule', id: r.id, ...at }, r.effects);
  for (const x of sc.injects) check({ kind: 'inject', id: x.id, ...at }, x.effects);
  for (const d of sc.decisions) {
    check({ kind: 'decision', id: d.id, ...at }, d.effects);
    for (const [o, outcome] of (d.outcomes ?? []).entries()) check({ kind: 'outcome', id: d.id, outcome: o, ...at }, outcome.effects);
  }
  return out;
}

/** A shown change that goes against the direction its note declares. */
export interface Contradiction {
  note: ShownNote;
  metric: string;
  from: number;
  to: number;
  seed: number;
}

/**
 * Play `games` random games and check every visible change the turn report shows (undos aside:
 * the report says "undone") against the notes shown with it. One contradiction per note.
 */
export function contradictions(loaded: LoadedScenario, games: number): Contradiction[] {
  const visible = new Set(loaded.scenario.metrics.filter((m) => m.visible !== false).map((m) => m.id));
  const found = new Map<string, Contradiction>();
  for (let seed = 1; seed <= games; seed++) {
    const state = randomGame(loaded, seed, seed * 7919);
    for (const c of state.changes) {
      if (!visible.has(c.metric) || c.via === 'undo' || c.to === c.from) continue;
      const way: Direction = c.to > c.from ? 'up' : 'down';
      for (const note of notesOf(loaded, c.cause, c.effect)) {
        const key = `${note.where}/${note.lang}`;
        if (note.direction !== way && !found.has(key)) found.set(key, { note, metric: c.metric, from: c.from, to: c.to, seed });
      }
    }
  }
  return [...found.values()];
}
