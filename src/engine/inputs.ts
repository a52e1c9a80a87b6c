/** What an `expr` objective's formula reads, with each input's value at the end: its explanation. */
import { referencedIds } from './expr';
import type { SymbolTable } from './expr/types';
import type { LoadedScenario } from './loaded';
import type { GameState } from './state';

export type ObjectiveInput =
  | { kind: 'decision'; id: string; firstTaken: number | null }
  | { kind: 'evidence'; id: string; found: boolean; searched: boolean }
  | { kind: 'metric'; id: string; value: number }
  | { kind: 'flag'; id: string; value: boolean }
  | { kind: 'inject'; id: string; fired: number };

function symbolsOf(loaded: LoadedScenario): SymbolTable {
  const sc = loaded.scenario;
  const ids = (xs: readonly { id: string }[]) => new Set(xs.map((x) => x.id));
  return { metrics: ids(sc.metrics), flags: ids(sc.flags), decisions: ids(sc.decisions), injects: ids(sc.injects), evidence: ids(sc.evidence) };
}

/** The decisions, evidence, metrics, flags and injects an `expr` objective names, as they stand in `state`; [] for other types. */
export function objectiveInputs(loaded: LoadedScenario, state: GameState, objectiveId: string): ObjectiveInput[] {
  const o = loaded.scenario.objectives.find((x) => x.id === objectiveId);
  if (o?.type !== 'expr') return [];
  const refs = referencedIds(o.value, symbolsOf(loaded));
  if (!refs) return [];
  return [
    ...[...refs.decisions].map((id) => ({ kind: 'decision' as const, id, firstTaken: state.firstTaken[id] ?? null })),
    ...[...refs.evidence].map((id) => ({ kind: 'evidence' as const, id, found: state.found[id] === true, searched: state.searched[id] === true })),
    ...[...refs.metrics].map((id) => ({ kind: 'metric' as const, id, value: state.metrics[id] ?? 0 })),
    ...[...refs.flags].map((id) => ({ kind: 'flag' as const, id, value: state.flags[id] === true })),
    ...[...refs.injects].map((id) => ({ kind: 'inject' as const, id, fired: state.fired[id] ?? 0 })),
  ];
}
