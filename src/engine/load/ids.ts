/** Declared ids: unique across the shared namespace (phases and map nodes apart), never a reserved name. */
import { pointerOf } from '../diagnostics';
import { RESERVED_NAMES } from '../expr/types';
import { error, own, type Finding, type Path } from './finding';

export type IdKind = 'metric' | 'flag' | 'actor' | 'evidence' | 'inject' | 'decision' | 'rule' | 'objective' | 'ending' | 'phase' | 'node';

/** The lists whose ids share one namespace, with the kind of their elements. */
const SHARED: readonly [string, IdKind][] = [
  ['metrics', 'metric'],
  ['flags', 'flag'],
  ['actors', 'actor'],
  ['evidence', 'evidence'],
  ['injects', 'inject'],
  ['decisions', 'decision'],
  ['rules', 'rule'],
  ['objectives', 'objective'],
  ['endings', 'ending'],
];

export const KIND_NAMES: Record<IdKind, string> = {
  metric: 'metric',
  flag: 'flag',
  actor: 'actor',
  evidence: 'evidence',
  inject: 'inject',
  decision: 'decision',
  rule: 'rule',
  objective: 'objective',
  ending: 'ending',
  phase: 'phase',
  node: 'map node',
};

export interface DeclaredIds {
  /** Every id of the shared namespace and the kind of its first declaration. */
  readonly kindOf: ReadonlyMap<string, IdKind>;
  readonly byKind: Readonly<Record<IdKind, ReadonlySet<string>>>;
}

const RESERVED = new Set(RESERVED_NAMES);

/** Collect every string id of the raw scenario, valid or not, reporting duplicates and reserved names. */
export function declaredIds(root: Record<string, unknown>, out: Finding[]): DeclaredIds {
  const byKind = Object.fromEntries(Object.keys(KIND_NAMES).map((k) => [k, new Set<string>()])) as Record<IdKind, Set<string>>;
  const shared = new Map<string, { kind: IdKind; path: Path }>();
  for (const [list, kind] of SHARED) {
    forEachId(own(root, list), [list], (id, path) => {
      const first = shared.get(id);
      if (first !== undefined) out.push(duplicate(id, path, first.kind, first.path));
      else shared.set(id, { kind, path });
      if (RESERVED.has(id)) {
        out.push(error('id/reserved', `"${id}" is a reserved name of the expression language`, path, { id }));
      }
      byKind[kind].add(id);
    });
  }
  const local = (list: unknown, at: Path, kind: IdKind): void => {
    const seen = new Map<string, Path>();
    forEachId(list, at, (id, path) => {
      const first = seen.get(id);
      if (first !== undefined) out.push(duplicate(id, path, kind, first));
      else seen.set(id, path);
      byKind[kind].add(id);
    });
  };
  local(own(own(root, 'clock'), 'phases'), ['clock', 'phases'], 'phase');
  local(own(own(root, 'map'), 'nodes'), ['map', 'nodes'], 'node');
  return { kindOf: new Map([...shared].map(([id, d]) => [id, d.kind])), byKind };
}

function forEachId(list: unknown, at: Path, visit: (id: string, path: Path) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    const id = own(item, 'id');
    if (typeof id === 'string') visit(id, [...at, i, 'id']);
  });
}

function duplicate(id: string, path: Path, kind: IdKind, firstPath: Path): Finding {
  const first = pointerOf(firstPath.slice(0, -1));
  const message = `duplicate id "${id}": already the ${KIND_NAMES[kind]} at ${first}`;
  return error('id/duplicate', message, path, { id, kind, first });
}
