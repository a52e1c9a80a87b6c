/** A scenario that passed the checker, with its expressions compiled: what the engine plays. */
import type { Evaluator } from './expr/types';
import type { Scenario } from './schema';

export interface LoadedScenario {
  readonly scenario: Scenario;
  /** hashScenario(scenario): written into logs and saves, checked on replay. */
  readonly hash: string;
  /** Every expression of the scenario, compiled, keyed by its source text. */
  readonly exprs: ReadonlyMap<string, Evaluator>;
}
