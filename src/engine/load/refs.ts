/** Every id a scenario mentions must be declared, and be of the kind the place expects. */
import { validEffects, type CheckContext } from './context';
import { error, type Finding, type Path } from './finding';
import { KIND_NAMES, type IdKind } from './ids';

/** Report unknown ids and ids of the wrong kind. */
export function checkRefs(ctx: CheckContext): void {
  const ref = (id: string, kind: IdKind, path: Path, onKey = false): void => refTo(ctx, id, kind, path, onKey);
  for (const { effect, path } of validEffects(ctx)) {
    if ('metric' in effect) ref(effect.metric, 'metric', [...path, 'metric']);
    else if ('flag' in effect) ref(effect.flag, 'flag', [...path, 'flag']);
    else if ('reveal' in effect) ref(effect.reveal, 'evidence', [...path, 'reveal']);
    else if ('inject' in effect) ref(effect.inject, 'inject', [...path, 'inject']);
    else ref(effect.end, 'ending', [...path, 'end']);
  }
  for (const [d, i] of ctx.items('decisions')) {
    d.requires?.forEach((id, j) => ref(id, 'decision', ['decisions', i, 'requires', j]));
    d.excludes?.forEach((id, j) => ref(id, 'decision', ['decisions', i, 'excludes', j]));
  }
  for (const [o, i] of ctx.items('objectives')) {
    if (o.type === 'metric') ref(o.metric, 'metric', ['objectives', i, 'metric']);
    if ((o.type === 'deadline' || o.type === 'avoid') && o.decision !== undefined) {
      ref(o.decision, 'decision', ['objectives', i, 'decision']);
    }
  }
  for (const [e, i] of ctx.items('evidence')) {
    for (const actor of Object.keys(e.likelihood)) ref(actor, 'actor', ['evidence', i, 'likelihood', actor], true);
  }
  const culprit = ctx.field('culprit');
  if (culprit !== undefined && culprit !== 'draw') ref(culprit, 'actor', ['culprit']);
  checkMap(ctx, ref);
  const plays = ctx.field('reference')?.plays ?? [];
  plays.forEach((play, i) => {
    play.decisions.forEach((id, j) => ref(id, 'decision', ['reference', 'plays', i, 'decisions', j]));
    for (const actor of Object.keys(play.assessment ?? {})) {
      ref(actor, 'actor', ['reference', 'plays', i, 'assessment', actor], true);
    }
  });
}

type Ref = (id: string, kind: IdKind, path: Path, onKey?: boolean) => void;

function checkMap(ctx: CheckContext, ref: Ref): void {
  const map = ctx.field('map');
  if (map === undefined) return;
  map.nodes.forEach((node, i) => {
    if (node.metric !== undefined) ref(node.metric, 'metric', ['map', 'nodes', i, 'metric']);
  });
  map.links.forEach((link, i) => {
    ref(link.from, 'node', ['map', 'links', i, 'from']);
    ref(link.to, 'node', ['map', 'links', i, 'to']);
    if (link.metric !== undefined) ref(link.metric, 'metric', ['map', 'links', i, 'metric']);
  });
}

function refTo(ctx: CheckContext, id: string, kind: IdKind, path: Path, onKey: boolean): void {
  const known = ctx.ids.byKind[kind];
  if (known.has(id)) return;
  const other = kind === 'node' || kind === 'phase' ? undefined : ctx.ids.kindOf.get(id);
  const what = KIND_NAMES[kind];
  const finding =
    other !== undefined
      ? error('ref/wrong-kind', `"${id}" is ${article(KIND_NAMES[other])}, not ${article(what)}`, path, { id, kind, actual: other })
      : unknownId(id, kind, path, ctx.suggester.near(id, known));
  ctx.out.push(onKey ? { ...finding, onKey: true } : finding);
}

const article = (noun: string): string => (noun === 'evidence' ? noun : /^[aeio]/.test(noun) ? `an ${noun}` : `a ${noun}`);

function unknownId(id: string, kind: IdKind, path: Path, near: string | undefined): Finding {
  const hint = near === undefined ? '' : `; did you mean "${near}"?`;
  const params: Record<string, string> = near === undefined ? { id, kind } : { id, kind, suggestion: near };
  return error('ref/unknown-id', `unknown ${KIND_NAMES[kind]} "${id}"${hint}`, path, params);
}
