/** What each part's form shows: its fields, by kind, from the scenario schema (src/engine/schema.ts). Pure data. */
import { AGGREGATES, CATEGORIES, CHANNELS, DIFFICULTIES, NODE_KINDS, OUTCOMES } from '../../engine';
import type { IdKind, ListPart } from './parts';

export type Field =
  | { kind: 'id'; key: string[] }
  | { kind: 'string'; key: string[]; optional?: boolean }
  | { kind: 'text'; key: string[]; long?: boolean; optional?: boolean }
  | { kind: 'int'; key: string[]; min: number; optional?: boolean }
  | { kind: 'num'; key: string[]; optional?: boolean }
  | { kind: 'bool'; key: string[] }
  | { kind: 'enum'; key: string[]; options: readonly string[]; optional?: boolean }
  | { kind: 'ref'; key: string[]; of: IdKind; optional?: boolean; extra?: string }
  | { kind: 'refs'; key: string[]; of: IdKind }
  /** Free strings, typed separated by commas (tags, ATT&CK and D3FEND references). */
  | { kind: 'list'; key: string[] }
  /** An evidence's `uninformative: { reason }`: declared with a checkbox, then its reason in every language. */
  | { kind: 'uninformative'; key: string[] }
  | { kind: 'expr'; key: string[]; optional?: boolean }
  | { kind: 'likelihood'; key: string[] }
  /** A reference play's `assessment`: optional, a probability per actor (a checkbox gives or takes it). */
  | { kind: 'assessment'; key: string[] }
  | { kind: 'effects'; key: string[]; optional?: boolean }
  | { kind: 'outcomes'; key: string[] };

export const OBJECTIVE_TYPES = ['metric', 'deadline', 'avoid', 'attribution', 'expr'] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

const k = (...key: string[]) => key;

/** The overview's further fields (the id, title, staff and budget have their own form). */
export const GENERAL_FIELDS: readonly Field[] = [
  { kind: 'text', key: k('summary'), long: true },
  { kind: 'text', key: k('briefing'), long: true },
  { kind: 'enum', key: k('difficulty'), options: DIFFICULTIES },
  { kind: 'num', key: k('estimatedMinutes') },
  { kind: 'ref', key: k('culprit'), of: 'actor', extra: 'draw' },
  { kind: 'string', key: k('clock', 'start') },
  { kind: 'list', key: k('tags') },
];

/** The reference line's own texts (its plays are a list part). */
export const REFERENCE_FIELDS: readonly Field[] = [
  { kind: 'text', key: k('title') },
  { kind: 'text', key: k('note'), long: true },
];

const OBJECTIVE_BY_TYPE: Record<ObjectiveType, readonly Field[]> = {
  metric: [
    { kind: 'ref', key: k('metric'), of: 'metric' },
    { kind: 'enum', key: k('aggregate'), options: AGGREGATES },
    { kind: 'num', key: k('target') },
    { kind: 'num', key: k('worst') },
  ],
  deadline: [
    { kind: 'ref', key: k('decision'), of: 'decision' },
    { kind: 'int', key: k('by'), min: 1 },
    { kind: 'int', key: k('late'), min: 1, optional: true },
  ],
  avoid: [
    { kind: 'ref', key: k('decision'), of: 'decision', optional: true },
    { kind: 'expr', key: k('when'), optional: true },
  ],
  attribution: [],
  expr: [{ kind: 'expr', key: k('value') }],
};

/** The fields of one item of `part` (an objective's depend on its type). */
export function fieldsOf(part: ListPart, item: Record<string, unknown>): readonly Field[] {
  const id: Field = { kind: 'id', key: k('id') };
  switch (part) {
    case 'clock':
      return [id, { kind: 'text', key: k('title') }, { kind: 'int', key: k('turns'), min: 1 }, { kind: 'int', key: k('minutesPerTurn'), min: 1 }];
    case 'metrics':
      return [
        id,
        { kind: 'text', key: k('label') },
        { kind: 'num', key: k('min') },
        { kind: 'num', key: k('max') },
        { kind: 'num', key: k('initial') },
        { kind: 'string', key: k('unit'), optional: true },
        { kind: 'enum', key: k('good'), options: ['high', 'low'] },
        { kind: 'bool', key: k('visible') },
        { kind: 'text', key: k('describe'), optional: true },
      ];
    case 'flags':
      return [id, { kind: 'bool', key: k('initial') }];
    case 'actors':
      return [id, { kind: 'text', key: k('name') }, { kind: 'text', key: k('description'), long: true }, { kind: 'num', key: k('prior') }];
    case 'evidence':
      return [id, { kind: 'text', key: k('title') }, { kind: 'text', key: k('body'), long: true }, { kind: 'text', key: k('source') }, { kind: 'likelihood', key: k('likelihood') }, { kind: 'uninformative', key: k('uninformative') }];
    case 'injects':
      return [
        id,
        { kind: 'enum', key: k('channel'), options: CHANNELS },
        { kind: 'text', key: k('title') },
        { kind: 'text', key: k('body'), long: true },
        { kind: 'int', key: k('at'), min: 1, optional: true },
        { kind: 'expr', key: k('when'), optional: true },
        { kind: 'bool', key: k('repeat') },
        { kind: 'bool', key: k('optional') },
        { kind: 'effects', key: k('effects'), optional: true },
      ];
    case 'decisions':
      return [
        id,
        { kind: 'enum', key: k('category'), options: CATEGORIES },
        { kind: 'text', key: k('title') },
        { kind: 'text', key: k('description'), long: true },
        { kind: 'int', key: k('cost', 'staff'), min: 0 },
        { kind: 'num', key: k('cost', 'budget') },
        { kind: 'expr', key: k('when'), optional: true },
        { kind: 'bool', key: k('once') },
        { kind: 'int', key: k('cooldown'), min: 0, optional: true },
        { kind: 'refs', key: k('requires'), of: 'decision' },
        { kind: 'refs', key: k('excludes'), of: 'decision' },
        { kind: 'list', key: k('refs', 'attack') },
        { kind: 'list', key: k('refs', 'd3fend') },
        { kind: 'effects', key: k('effects') },
        { kind: 'outcomes', key: k('outcomes') },
        { kind: 'text', key: k('debrief'), long: true, optional: true },
      ];
    case 'rules':
      return [id, { kind: 'expr', key: k('when') }, { kind: 'effects', key: k('effects') }, { kind: 'text', key: k('note'), optional: true }];
    case 'objectives': {
      const type = OBJECTIVE_TYPES.find((t) => t === item.type) ?? 'attribution';
      return [
        id,
        { kind: 'enum', key: k('category'), options: CATEGORIES },
        { kind: 'text', key: k('title') },
        { kind: 'num', key: k('weight') },
        ...OBJECTIVE_BY_TYPE[type],
      ];
    }
    case 'nodes':
      return [id, { kind: 'text', key: k('label') }, { kind: 'enum', key: k('kind'), options: NODE_KINDS }, { kind: 'num', key: k('x') }, { kind: 'num', key: k('y') }, { kind: 'ref', key: k('metric'), of: 'metric', optional: true }];
    case 'links':
      return [{ kind: 'ref', key: k('from'), of: 'node' }, { kind: 'ref', key: k('to'), of: 'node' }, { kind: 'ref', key: k('metric'), of: 'metric', optional: true }];
    case 'plays':
      return [{ kind: 'int', key: k('turn'), min: 1 }, { kind: 'refs', key: k('decisions'), of: 'decision' }, { kind: 'assessment', key: k('assessment') }];
    case 'endings':
      return [id, { kind: 'text', key: k('title') }, { kind: 'text', key: k('body'), long: true }, { kind: 'expr', key: k('when'), optional: true }, { kind: 'enum', key: k('outcome'), options: OUTCOMES }];
  }
}

/** The kinds of effect, as the form offers them. */
export const EFFECT_KINDS = ['add', 'set', 'flag', 'reveal', 'inject', 'end'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** What kind of effect `e` is (null: none the form knows). */
export function effectKind(e: Record<string, unknown>): EffectKind | null {
  if ('metric' in e) return 'add' in e ? 'add' : 'set';
  if ('flag' in e) return 'flag';
  if ('reveal' in e) return 'reveal';
  if ('inject' in e) return 'inject';
  if ('end' in e) return 'end';
  return null;
}

/** The id kind an effect of `kind` targets. */
export const EFFECT_TARGET: Record<EffectKind, { key: string; of: IdKind }> = {
  add: { key: 'metric', of: 'metric' },
  set: { key: 'metric', of: 'metric' },
  flag: { key: 'flag', of: 'flag' },
  reveal: { key: 'reveal', of: 'evidence' },
  inject: { key: 'inject', of: 'inject' },
  end: { key: 'end', of: 'ending' },
};

/** A new effect of `kind`, aimed at the first id of its kind (keeping `delay`, `for` and `note` of `from`). */
export function newEffect(kind: EffectKind, ids: Record<IdKind, string[]>, from: Record<string, unknown> = {}): Record<string, unknown> {
  const target = EFFECT_TARGET[kind];
  const keep = Object.fromEntries(['delay', 'for', 'note'].filter((x) => x in from).map((x) => [x, from[x]]));
  const id = ids[target.of][0] ?? '';
  const base: Record<string, unknown> = { [target.key]: id };
  if (kind === 'add') base.add = 1;
  if (kind === 'set') base.set = typeof from.set === 'number' ? from.set : 0;
  if (kind === 'flag') base.set = true;
  return { ...base, ...keep };
}

/** An objective of another type, keeping what every type shares. */
export function retypedObjective(o: Record<string, unknown>, type: ObjectiveType, ids: Record<IdKind, string[]>): Record<string, unknown> {
  const common = { id: o.id, category: o.category, title: o.title, weight: o.weight, type };
  switch (type) {
    case 'metric':
      return { ...common, metric: ids.metric[0] ?? '', aggregate: 'final', target: 100, worst: 0 };
    case 'deadline':
      return { ...common, decision: ids.decision[0] ?? '', by: 1 };
    case 'avoid':
      return { ...common, when: 'turn < 1' };
    case 'attribution':
      return common;
    case 'expr':
      return { ...common, value: '1' };
  }
}

/** What a number field writes: a whole (or, for `num`, any finite) number; null: wait (half typed). */
export function parseNumber(raw: string, whole: boolean, min = -Infinity): number | null {
  const v = raw.trim();
  if (!(whole ? /^-?\d{1,12}$/ : /^-?\d{1,12}(\.\d{1,12})?$/).test(v)) return null;
  const n = Number(v);
  return n >= min ? n : null;
}
