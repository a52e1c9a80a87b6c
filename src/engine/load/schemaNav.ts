/** Reading the zod schema alongside a value: which schema applies at a path, and walking Texts and expressions. */
import type { z } from 'zod';
import { effectSchema, scenarioSchema, textSchema } from '../schema';
import { hasOwn, isRecord, own, type Path } from './finding';

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  innerType?: Schema;
  in?: Schema;
  valueType?: Schema;
  discriminator?: string;
  values?: unknown[];
}

const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

/** The keys a strict object schema allows. */
export function objectKeys(s: Schema | undefined): string[] {
  const shape = s === undefined ? undefined : defOf(s).shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/** The key that names an effect's kind (`metric`, `flag`, `reveal`, `inject`, `end`), first in each option. */
export const EFFECT_HEADS: readonly string[] = [...new Set((defOf(effectSchema).options ?? []).map((o) => objectKeys(o)[0]!))];

/** The effect option `value` is trying to be, from its kind key (and `add`/`set` for metrics), if that is clear. */
export function effectOption(value: unknown): Schema | undefined {
  const heads = EFFECT_HEADS.filter((h) => hasOwn(value, h));
  if (heads.length !== 1) return undefined;
  const candidates = (defOf(effectSchema).options ?? []).filter((o) => objectKeys(o)[0] === heads[0]);
  const common = new Set(candidates.map(objectKeys).reduce((a, b) => a.filter((k) => b.includes(k))));
  return candidates.find((o) => objectKeys(o).some((k) => !common.has(k) && hasOwn(value, k))) ?? candidates[0];
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** The JSON kind a schema accepts, looking through wrappers (undefined for unions of several kinds). */
function acceptedKind(s: Schema): string | undefined {
  const def = defOf(s);
  if (def.type === 'optional' && def.innerType) return acceptedKind(def.innerType);
  if (def.type === 'pipe' && def.in) return acceptedKind(def.in);
  if (def.type === 'record') return 'object';
  if (def.type === 'literal' || def.type === 'enum') return typeof def.values?.[0];
  return def.type === 'union' ? undefined : def.type;
}

function pickOption(s: Schema, value: unknown): Schema | undefined {
  const def = defOf(s);
  if (s === effectSchema) return effectOption(value);
  const options = def.options ?? [];
  if (def.discriminator !== undefined) {
    const tag = own(value, def.discriminator);
    return options.find((o) => defOf(defOf(o).shape?.[def.discriminator!] ?? o).values?.includes(tag));
  }
  return options.find((o) => acceptedKind(o) === kindOf(value));
}

/** Look through optional, pipe and union (choosing the option that fits `value`); stops at Text if asked. */
function unwrap(s: Schema | undefined, value: unknown, stopAtText = false): Schema | undefined {
  while (s !== undefined && !(stopAtText && s === textSchema)) {
    const def = defOf(s);
    if (def.type === 'optional') s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else if (def.type === 'union') s = pickOption(s, value);
    else return s;
  }
  return s;
}

function child(s: Schema, seg: string | number): Schema | undefined {
  const def = defOf(s);
  if (def.type === 'object') return typeof seg === 'string' && def.shape && hasOwn(def.shape, seg) ? def.shape[seg] : undefined;
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** The schema that applies at `path` in `root`, options chosen by the values met on the way. */
export function schemaAt(root: unknown, path: Path): Schema | undefined {
  let s: Schema | undefined = scenarioSchema;
  let v = root;
  for (const seg of path) {
    s = unwrap(s, v);
    if (s === undefined) return undefined;
    s = child(s, seg);
    v = Array.isArray(v) ? v[seg as number] : own(v, String(seg));
  }
  return s;
}

/** The object schema that applies to the object at `path` (through optional and union). */
export function objectSchemaAt(root: unknown, path: Path): Schema | undefined {
  let v = root;
  for (const seg of path) v = Array.isArray(v) ? v[seg as number] : own(v, String(seg));
  return unwrap(schemaAt(root, path), v);
}

export function isExpression(s: Schema | undefined): boolean {
  return s !== undefined && (s as { description?: string }).description === 'expression';
}

export interface SchemaVisitor {
  text(value: unknown, path: Path): void;
  expression(source: string, path: Path): void;
}

/** Visit every Text and every expression string in a scenario-like value, valid or not. */
export function walkScenario(root: unknown, visit: SchemaVisitor): void {
  walk(scenarioSchema, root, [], visit);
}

function walk(schema: Schema, value: unknown, path: Path, visit: SchemaVisitor): void {
  const s = unwrap(schema, value, true);
  if (s === undefined) return;
  if (s === textSchema) return visit.text(value, path);
  if (isExpression(s)) {
    if (typeof value === 'string') visit.expression(value, path);
    return;
  }
  const def = defOf(s);
  if (def.type === 'array' && Array.isArray(value) && def.element) {
    value.forEach((v, i) => walk(def.element!, v, [...path, i], visit));
  } else if ((def.type === 'object' || def.type === 'record') && isRecord(value)) {
    for (const key of Object.keys(value)) {
      const sub = child(s, key);
      if (sub !== undefined) walk(sub, value[key], [...path, key], visit);
    }
  }
}
