/** Attribution: priors, the player's assessment, and the ideal Bayesian posterior from the searches made. */
import type { LoadedScenario } from './loaded';
import type { GameState } from './state';
import type { Result } from './diagnostics';
import { playError } from './playError';
import type { PlayError } from './types';
import { ownValue } from './records';

/** Normalised priors by actor id. */
export function priors(loaded: LoadedScenario): Record<string, number> {
  const p = loaded.prepared;
  return Object.fromEntries(p.actors.map((a, i) => [a.id, p.priors[i]!]));
}

/**
 * The posterior a perfect analyst would hold: priors times, for each search, the likelihood of
 * what it returned (found: p, empty: 1 − p; an unlisted actor: 0.5), normalised.
 */
export function posterior(loaded: LoadedScenario, state: GameState): Record<string, number> {
  const p = loaded.prepared;
  const weights = p.actors.map((a, i) => {
    let w = p.priors[i]!;
    for (const s of state.searches) {
      const l = ownValue(p.evidence.get(s.evidence)!.likelihood, a.id) ?? 0.5;
      w *= s.found ? l : 1 - l;
    }
    return w;
  });
  const total = weights.reduce((x, y) => x + y, 0);
  return Object.fromEntries(p.actors.map((a, i) => [a.id, total > 0 ? weights[i]! / total : p.priors[i]!]));
}

/** The assessment in force: the last one given, else the priors. */
export function currentAssessment(loaded: LoadedScenario, state: GameState): Record<string, number> {
  return state.assessment ?? priors(loaded);
}

/**
 * Normalise a player's assessment: an actor left out counts as 0; a negative or non-finite
 * value, an unknown actor or an all-zero assessment is an error.
 */
export function normaliseAssessment(
  loaded: LoadedScenario,
  given: Record<string, number>,
  turn: number,
): Result<Record<string, number>, PlayError> {
  const actors = loaded.prepared.actors;
  const fail = (why: string): Result<Record<string, number>, PlayError> => ({ ok: false, errors: [playError('play/bad-assessment', `turn ${turn}: bad assessment: ${why}`, turn)] });
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return fail('must be an object of actor → probability');
  for (const [id, v] of Object.entries(given)) {
    if (!actors.some((a) => a.id === id)) return fail(`unknown actor "${id}"`);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return fail(`"${id}" must be a finite number ≥ 0`);
  }
  let values = actors.map((a) => ownValue(given, a.id) ?? 0);
  let total = values.reduce((n, v) => n + v, 0);
  if (total === Infinity) {
    // Finite values whose sum overflows (1e308 twice): scaled by the largest first, they sum to at most the number of actors.
    const max = Math.max(...values);
    values = values.map((v) => v / max);
    total = values.reduce((n, v) => n + v, 0);
  }
  if (!(total > 0)) return fail('all probabilities are zero');
  return { ok: true, value: Object.fromEntries(actors.map((a, i) => [a.id, values[i]! / total])), warnings: [] };
}
