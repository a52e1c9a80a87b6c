/** What the cross-reference checks share: the raw value, which parts passed the schema, the declared ids. */
import type { Effect, Scenario } from '../schema';
import { pointerOf } from '../diagnostics';
import { isRecord, own, type Finding, type Path } from './finding';
import type { DeclaredIds } from './ids';
import { Suggester } from '../suggest';

type ListKey = 'metrics' | 'flags' | 'actors' | 'evidence' | 'injects' | 'decisions' | 'rules' | 'objectives' | 'endings';
type ElementOf<K extends ListKey> = Scenario[K][number];

export interface CheckContext {
  readonly root: Record<string, unknown>;
  readonly ids: DeclaredIds;
  /** Sum of the phases' turns, when the clock is valid. */
  readonly totalTurns: number | undefined;
  readonly out: Finding[];
  /** The file's budget for "did you mean". */
  readonly suggester: Suggester;
  /** True when nothing at, inside or above `path` failed the schema: the value there has its declared type. */
  valid(path: Path): boolean;
  /** The elements of a top-level list that passed the schema, with their index. */
  items<K extends ListKey>(key: K): [ElementOf<K>, number][];
  /** A valid top-level field, or undefined. */
  field<K extends keyof Scenario>(key: K): Scenario[K] | undefined;
}

/** `invalid` lists the paths of schema and JSON problems. */
export function checkContext(root: Record<string, unknown>, ids: DeclaredIds, invalid: readonly Path[], out: Finding[], suggester = new Suggester()): CheckContext {
  const bad = new Set<string>();
  const aboveBad = new Set<string>();
  for (const path of invalid) {
    let pointer = '';
    for (const seg of path) {
      aboveBad.add(pointer);
      pointer += step(seg);
    }
    bad.add(pointer);
  }
  // Invalid when a bad path is at, above or below `path`.
  const valid = (path: Path): boolean => {
    let pointer = '';
    if (bad.has(pointer)) return false;
    for (const seg of path) {
      pointer += step(seg);
      if (bad.has(pointer)) return false;
    }
    return !aboveBad.has(pointer);
  };
  const field = <K extends keyof Scenario>(key: K): Scenario[K] | undefined =>
    valid([key]) ? (own(root, key) as Scenario[K] | undefined) : undefined;
  const items = <K extends ListKey>(key: K): [ElementOf<K>, number][] => {
    const list = own(root, key);
    if (!Array.isArray(list)) return [];
    return list.flatMap((v, i) => (valid([key, i]) ? [[v as ElementOf<K>, i] as [ElementOf<K>, number]] : []));
  };
  const phases = field('clock')?.phases;
  const totalTurns = phases === undefined ? undefined : phases.reduce((sum, p) => sum + p.turns, 0);
  return { root, ids, totalTurns, out, valid, items, field, suggester };
}

/** One JSON pointer step, quickly: this runs for every problem of a file that may have thousands. */
function step(seg: string | number): string {
  return typeof seg === 'number' || !/[~/]/.test(seg) ? `/${seg}` : pointerOf([seg]);
}

/** Every effect in the scenario, valid or not, with its path: injects', decisions', outcomes' and rules' effects. */
export function rawEffects(root: Record<string, unknown>): { effect: unknown; path: Path }[] {
  const found: { effect: unknown; path: Path }[] = [];
  const take = (list: unknown, path: Path): void => {
    if (Array.isArray(list)) list.forEach((effect, i) => found.push({ effect, path: [...path, i] }));
  };
  for (const key of ['injects', 'decisions', 'rules'] as const) {
    const items = own(root, key);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      take(own(item, 'effects'), [key, i, 'effects']);
      const outcomes = key === 'decisions' ? own(item, 'outcomes') : undefined;
      if (Array.isArray(outcomes)) outcomes.forEach((o, j) => take(own(o, 'effects'), [key, i, 'outcomes', j, 'effects']));
    });
  }
  return found;
}

/** The effects that passed the schema. */
export function validEffects(ctx: CheckContext): { effect: Effect; path: Path }[] {
  return rawEffects(ctx.root).filter((e) => isRecord(e.effect) && ctx.valid(e.path)) as { effect: Effect; path: Path }[];
}
