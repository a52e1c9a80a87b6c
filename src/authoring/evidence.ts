/**
 * Does the evidence teach anything? The expected probability a perfect analyst (the engine's
 * `posterior`) puts on the true culprit after searching every evidence once, against the prior.
 */
import { createGame, type GameState, type LoadedScenario, nextRandom, ownValue, posterior, priors, type Search, seedState } from '../engine';
import type { AttributionReport } from './report';

/** Up to this many evidence, every combination of results is enumerated; beyond, they are sampled. */
const EXACT_LIMIT = 12;
const SAMPLES = 4096;

/** The attribution figures, or null when the scenario has no actors. */
export function attributionReport(loaded: LoadedScenario, seed: number): AttributionReport | null {
  const s = loaded.scenario;
  if (s.actors.length === 0) return null;
  const revealed = new Set(effectsOf(loaded).flatMap((e) => ('reveal' in e ? [e.reveal] : [])));
  const evidence = s.evidence.filter((e) => revealed.has(e.id)).map((e) => e.id);
  const prior = priors(loaded);
  const scratch = createGame(loaded, seed);
  const method = evidence.length <= EXACT_LIMIT ? 'exact' : 'sampled';
  const onTruth = (ids: readonly string[], actor: string) =>
    method === 'exact' || ids.length <= EXACT_LIMIT ? exactOnTruth(loaded, scratch, ids, actor) : sampledOnTruth(loaded, scratch, ids, actor, seed);
  const byActor = s.actors.map((a) => ({ id: a.id, prior: prior[a.id]!, posterior: onTruth(evidence, a.id) }));
  // The truth is drawn from the priors, or fixed by the scenario.
  const weight = (id: string) => (s.culprit === 'draw' ? prior[id]! : id === s.culprit ? 1 : 0);
  const expected = (f: (a: { id: string; prior: number; posterior: number }) => number) => byActor.reduce((n, a) => n + weight(a.id) * f(a), 0);
  const byEvidence = evidence.map((id) => ({
    id,
    posterior: s.actors.reduce((n, a) => n + weight(a.id) * onTruth([id], a.id), 0),
    informative: informative(loaded, id),
  }));
  return { evidence, prior: expected((a) => a.prior), posterior: expected((a) => a.posterior), byActor, byEvidence, method };
}

/** Evidence informs when its likelihood differs between actors (missing actors count 0.5, as the engine draws). */
export function informative(loaded: LoadedScenario, evidenceId: string): boolean {
  const ev = loaded.scenario.evidence.find((e) => e.id === evidenceId)!;
  const ls = loaded.scenario.actors.map((a) => likelihood(ev.likelihood, a.id));
  return ls.some((l) => l !== ls[0]);
}

const likelihood = (table: Record<string, number>, actor: string) => ownValue(table, actor) ?? 0.5;

/** E[posterior on `actor` | actor is the culprit], every combination of found/empty enumerated. */
function exactOnTruth(loaded: LoadedScenario, scratch: GameState, ids: readonly string[], actor: string): number {
  const tables = ids.map((id) => loaded.scenario.evidence.find((e) => e.id === id)!.likelihood);
  let total = 0;
  for (let mask = 0; mask < 1 << ids.length; mask++) {
    let p = 1;
    const searches: Search[] = [];
    ids.forEach((id, i) => {
      const found = (mask & (1 << i)) !== 0;
      const l = likelihood(tables[i]!, actor);
      p *= found ? l : 1 - l;
      searches.push({ turn: 1, evidence: id, found, cause: { kind: 'decision', id: '', turn: 1 } });
    });
    if (p === 0) continue;
    scratch.searches = searches;
    total += p * posterior(loaded, scratch)[actor]!;
  }
  return total;
}

/** The same expectation estimated from seeded samples of search results. */
function sampledOnTruth(loaded: LoadedScenario, scratch: GameState, ids: readonly string[], actor: string, seed: number): number {
  const tables = ids.map((id) => loaded.scenario.evidence.find((e) => e.id === id)!.likelihood);
  let rng = seedState(seed);
  let total = 0;
  for (let n = 0; n < SAMPLES; n++) {
    scratch.searches = ids.map((id, i) => {
      const [u, next] = nextRandom(rng);
      rng = next;
      return { turn: 1, evidence: id, found: u < likelihood(tables[i]!, actor), cause: { kind: 'decision', id: '', turn: 1 } };
    });
    total += posterior(loaded, scratch)[actor]!;
  }
  return total / SAMPLES;
}

function effectsOf(loaded: LoadedScenario) {
  const s = loaded.scenario;
  return [
    ...s.decisions.flatMap((d) => [...d.effects, ...(d.outcomes ?? []).flatMap((o) => o.effects)]),
    ...s.injects.flatMap((i) => i.effects ?? []),
    ...s.rules.flatMap((r) => r.effects),
  ];
}
