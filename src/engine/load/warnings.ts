/**
 * The few warnings a careful author wants, each about something that can never happen in play:
 * an inject nothing fires, an ending nothing reaches, evidence nothing reveals, a decision that
 * changes nothing and that nothing looks at. (Extra Text locales are warned about in texts.ts.)
 */
import { rawEffects, type CheckContext } from './context';
import { own, warning } from './finding';

/** Warnings for the valid parts of the scenario; `decisionsNamed` are those its expressions name. */
export function checkWarnings(ctx: CheckContext, decisionsNamed: ReadonlySet<string>): void {
  const targets = { inject: new Set<string>(), end: new Set<string>(), reveal: new Set<string>() };
  for (const { effect } of rawEffects(ctx.root)) {
    for (const key of ['inject', 'end', 'reveal'] as const) {
      const id = own(effect, key);
      if (typeof id === 'string') targets[key].add(id);
    }
  }
  const { out } = ctx;
  for (const [inject, i] of ctx.items('injects')) {
    if (inject.at === undefined && inject.when === undefined && inject.optional !== true && !targets.inject.has(inject.id)) {
      const message = `inject "${inject.id}" never fires: it has no "at" or "when", is not optional, and no effect sends it`;
      out.push(warning('warn/inject-never-fires', message, ['injects', i], { id: inject.id }));
    }
  }
  for (const [ending, i] of ctx.items('endings')) {
    if (ending.when === undefined && !targets.end.has(ending.id)) {
      const message = `ending "${ending.id}" is never reached: it has no "when" and no effect ends with it`;
      out.push(warning('warn/ending-never-reached', message, ['endings', i], { id: ending.id }));
    }
  }
  for (const [evidence, i] of ctx.items('evidence')) {
    if (!targets.reveal.has(evidence.id)) {
      const message = `evidence "${evidence.id}" is never revealed: no effect reveals it`;
      out.push(warning('warn/evidence-never-revealed', message, ['evidence', i], { id: evidence.id }));
    }
  }
  const mentioned = mentionedDecisions(ctx, decisionsNamed);
  for (const [d, i] of ctx.items('decisions')) {
    if (d.effects.length === 0 && (d.outcomes ?? []).length === 0 && !mentioned(d.id)) {
      const message = `decision "${d.id}" changes nothing: no effects, no outcomes, and nothing refers to it`;
      out.push(warning('warn/decision-without-effect', message, ['decisions', i], { id: d.id }));
    }
  }
}

/** Whether a decision id appears in a requires/excludes, an objective, the reference play or an expression. */
function mentionedDecisions(ctx: CheckContext, decisionsNamed: ReadonlySet<string>): (id: string) => boolean {
  const ids = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string') ids.add(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  for (const d of listOf(ctx.root, 'decisions')) {
    add(own(d, 'requires'));
    add(own(d, 'excludes'));
  }
  for (const o of listOf(ctx.root, 'objectives')) add(own(o, 'decision'));
  for (const play of listOf(own(ctx.root, 'reference'), 'plays')) add(own(play, 'decisions'));
  return (id) => ids.has(id) || decisionsNamed.has(id);
}

function listOf(v: unknown, key: string): unknown[] {
  const list = own(v, key);
  return Array.isArray(list) ? list : [];
}
