/** The format's rules between values: ranges, `for` on `add` only, deadlines, turns within the game. */
import { validEffects, type CheckContext } from './context';
import { error, type Path } from './finding';

/** Report values that are each well-typed but do not fit together. */
export function checkRules(ctx: CheckContext): void {
  const { out } = ctx;
  for (const [m, i] of ctx.items('metrics')) {
    if (m.min >= m.max) {
      out.push(error('rule/metric-range', `max (${m.max}) must be greater than min (${m.min})`, ['metrics', i, 'max'], { min: m.min, max: m.max }));
    } else if (m.initial < m.min || m.initial > m.max) {
      const message = `initial (${m.initial}) must lie between min (${m.min}) and max (${m.max})`;
      out.push(error('rule/metric-initial', message, ['metrics', i, 'initial'], { initial: m.initial, min: m.min, max: m.max }));
    }
  }
  for (const { effect, path } of validEffects(ctx)) {
    if (effect.for !== undefined && !('add' in effect)) {
      out.push(error('rule/for-needs-add', '"for" applies only to an "add" effect', [...path, 'for']));
    }
  }
  for (const [o, i] of ctx.items('objectives')) {
    const at = (key: string): Path => ['objectives', i, key];
    if (o.type === 'metric' && o.target === o.worst) {
      out.push(error('rule/target-equals-worst', `target and worst are both ${o.target}`, at('worst'), { value: o.target }));
    }
    if (o.type === 'deadline') {
      if (o.late !== undefined && o.late <= o.by) {
        out.push(error('rule/late-before-by', `late (${o.late}) must be after by (${o.by})`, at('late'), { late: o.late, by: o.by }));
      }
      turnWithin(ctx, o.by, at('by'));
      if (o.late !== undefined) turnWithin(ctx, o.late, at('late'));
    }
    if (o.type === 'avoid' && (o.decision === undefined) === (o.when === undefined)) {
      const message = o.decision === undefined ? 'an avoid objective needs "decision" or "when"' : 'an avoid objective has "decision" or "when", not both';
      out.push(error('rule/avoid-target', message, ['objectives', i], { form: o.decision === undefined ? 'none' : 'both' }));
    }
  }
  for (const [inject, i] of ctx.items('injects')) {
    if (inject.at !== undefined) turnWithin(ctx, inject.at, ['injects', i, 'at']);
  }
  checkReferenceTurns(ctx);
}

function checkReferenceTurns(ctx: CheckContext): void {
  const seen = new Set<number>();
  ctx.field('reference')?.plays.forEach((play, i) => {
    const path = ['reference', 'plays', i, 'turn'];
    if (seen.has(play.turn)) ctx.out.push(error('rule/duplicate-turn', `turn ${play.turn} is already played above`, path, { turn: play.turn }));
    seen.add(play.turn);
    turnWithin(ctx, play.turn, path);
  });
}

function turnWithin(ctx: CheckContext, turn: number, path: Path): void {
  const last = ctx.totalTurns;
  if (last !== undefined && turn > last) {
    ctx.out.push(error('rule/turn-beyond-end', `turn ${turn} is after the last turn (${last})`, path, { turn, last }));
  }
}
