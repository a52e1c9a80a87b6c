/** The normative turn order (DESIGN.md "Turn order"), as in-place steps over a run. */
import { playError } from '../playError';
import type { BlockReason, PlayError } from '../types';
import { applyEffects, applyScheduled, fireInject } from './effects';
import { fireDueInjects } from './injects';
import { blockReasons, isLegalAt } from './legal';
import { draw, type Run } from './run';

export const TIME_ENDING = 'time';

/** Step 1: scheduled effects, then due injects, then endings. */
export function startTurn(run: Run): void {
  run.state.staffLeft = run.loaded.scenario.resources.staff;
  applyScheduled(run);
  fireDueInjects(run);
  checkEndings(run);
}

/** Step 2, the facilitator's part: released optional injects fire in the order released. */
export function release(run: Run, ids: readonly string[]): void {
  for (const id of ids) fireInject(run, id, 'released');
}

/** Step 3 for one decision: legality at this moment, costs, effects, then one outcome drawn. */
export function resolveDecision(run: Run, id: string, chosen: Set<string>): PlayError | null {
  const index = run.p.decisionIndex.get(id);
  if (index === undefined) {
    const t = run.state.turn;
    return playError('play/unknown-decision', `turn ${t}: unknown decision "${id}"`, t, id);
  }
  return resolveDecisionAt(run, index, chosen);
}

/** `resolveDecision` for the decision at `index` in the scenario's list (no lookup by id). */
export function resolveDecisionAt(run: Run, index: number, chosen: Set<string>): PlayError | null {
  const { state } = run;
  const t = state.turn;
  const id = run.p.decisionRows[index]!.id;
  if (chosen.size !== 0 && chosen.has(id)) {
    return playError('play/duplicate-decision', `turn ${t}: decision "${id}" is chosen twice`, t, id);
  }
  const row = run.p.decisionRows[index]!;
  const d = row.decision;
  const reasons = isLegalAt(run, index, chosen) ? null : blockReasons(run, d, chosen);
  if (reasons !== null) {
    const why = reasons.map(describeReason).join(', ');
    return playError('play/illegal-decision', `turn ${t}: decision "${id}" is not legal now (${why})`, t, id, reasons);
  }
  chosen.add(id);
  state.staffLeft -= d.cost.staff;
  state.budgetLeft -= d.cost.budget;
  state.taken[id] = (state.taken[id] ?? 0) + 1;
  state.firstTaken[id] ??= t;
  state.lastTaken[id] = t;
  if (run.counts !== null) {
    run.counts.taken[index]!++;
    run.counts.last[index] = t;
  }
  if (d.effects) applyEffects(run, d.effects, row.plans, { kind: 'decision', id, turn: t });
  if (d.outcomes && d.outcomes.length > 0) {
    const amounts = row.weights;
    const weights = new Array<number>(amounts.length);
    let total = 0;
    for (let i = 0; i < amounts.length; i++) total += weights[i] = Math.max(0, amounts[i]!(run.ctx));
    const u = draw(run);
    let picked: number | null = null;
    if (total > 0) {
      let acc = 0;
      picked = weights.length - 1;
      for (let i = 0; i < weights.length; i++) {
        acc += weights[i]!;
        if (u * total < acc) {
          picked = i;
          break;
        }
      }
      while (weights[picked] === 0) picked--; // float rounding must never pick a zero weight
    }
    state.outcomes.push({ turn: t, decision: id, outcome: picked });
    const effects = picked === null ? undefined : d.outcomes[picked]!.effects;
    if (effects) applyEffects(run, effects, row.outcomePlans[picked!]!, { kind: 'outcome', id, outcome: picked!, turn: t });
  }
  return null;
}

/** Steps 4 and 5, then step 1 of the next turn unless the game ended. */
export function endTurn(run: Run): void {
  const { state } = run;
  const rules = run.loaded.scenario.rules;
  const { ruleWhen, rulePlans } = run.p;
  for (let i = 0; i < rules.length; i++) {
    if (ruleWhen[i]!(run.ctx)) applyEffects(run, rules[i]!.effects, rulePlans[i]!, { kind: 'rule', id: rules[i]!.id, turn: state.turn });
  }
  if (settlePendingEnd(run)) return;
  record(run);
  checkAvoids(run);
  checkEndings(run);
  if (state.ending) return;
  if (state.turn >= run.p.totalTurns) {
    endGame(run, TIME_ENDING);
    return;
  }
  state.turn += 1;
  startTurn(run);
}

/** After a step: an `{end}` effect applied in it ends the game now. */
export function settlePendingEnd(run: Run): boolean {
  if (run.pendingEnd === null) return false;
  const id = run.pendingEnd;
  run.pendingEnd = null;
  endGame(run, id);
  return true;
}

/** Endings with `when`, first match in declared order; an `{end}` effect of the step wins. */
function checkEndings(run: Run): void {
  if (run.state.ending || settlePendingEnd(run)) return;
  const endings = run.loaded.scenario.endings;
  const when = run.p.endingWhen;
  for (let i = 0; i < endings.length; i++) {
    const w = when[i]!;
    if (w !== null && w(run.ctx)) {
      endGame(run, endings[i]!.id);
      return;
    }
  }
}

/** End the game in the current turn, recording that turn's values if step 5 did not. */
export function endGame(run: Run, endingId: string): void {
  const { state } = run;
  if (state.ending) return;
  const last = state.history[state.history.length - 1];
  if (!last || last.turn !== state.turn) {
    record(run);
    checkAvoids(run);
  }
  state.ending = { id: endingId, turn: state.turn };
}

function record(run: Run): void {
  const { state } = run;
  state.history.push({
    turn: state.turn,
    metrics: { ...state.metrics },
    flags: { ...state.flags },
    assessment: state.assessment ? { ...state.assessment } : null,
  });
}

/** `avoid` objectives with `when`: checked at every end of turn and when the game ends. */
function checkAvoids(run: Run): void {
  for (const { objective, when } of run.p.avoids) {
    if (!run.state.violated[objective.id] && when(run.ctx)) run.state.violated[objective.id] = true;
  }
}

/** A short English reason, for CLI and log errors. */
export function describeReason(r: BlockReason): string {
  switch (r.code) {
    case 'ended': return 'the game has ended';
    case 'when': return 'its condition does not hold';
    case 'requires': return `requires ${r.missing.join(', ')}`;
    case 'excludes': return `excluded by ${r.taken.join(', ')}`;
    case 'used': return 'already taken';
    case 'cooldown': return `cooling down for ${r.turns} more turn(s)`;
    case 'staff': return `needs ${r.need} staff, ${r.left} left`;
    case 'budget': return `needs ${r.need} budget, ${r.left} left`;
    case 'chosen': return 'already chosen this turn';
  }
}
