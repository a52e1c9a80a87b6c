/** A scenario that passed the checker, with its expressions compiled: what the engine plays. */
import { prepare, type Prepared } from './core/prepared';
import type { Evaluator } from './expr/types';
import type { Scenario } from './schema';

export interface LoadedScenario {
  readonly scenario: Scenario;
  /** hashScenario(scenario): written into logs and saves, checked on replay. */
  readonly hash: string;
  /** Every expression of the scenario, compiled, keyed by its source text. */
  readonly exprs: ReadonlyMap<string, Evaluator>;
  /** Lookup tables computed once at load; not enumerable, so copies, equality and serialisation ignore them. */
  readonly prepared: Prepared;
}

/** A loaded scenario with its prepared tables attached (the only way one is made). */
export function makeLoaded(scenario: Scenario, hash: string, exprs: ReadonlyMap<string, Evaluator>): LoadedScenario {
  const loaded = { scenario, hash, exprs } as LoadedScenario;
  Object.defineProperty(loaded, 'prepared', { value: prepare(scenario, exprs), enumerable: false });
  return loaded;
}
