/**
 * The `cellule/scenario@1` format as a zod schema: the single source of the scenario
 * types, the checker's structural validation and the published JSON Schema.
 * Cross-reference rules (ids exist, expressions resolve, …) live in the checker.
 */
import { z } from 'zod';

// zod's JIT probes `new Function`, which a strict CSP reports as a violation (page and workers
// alike): off here, before any schema below is built or used.
z.config({ jitless: true });

export const SCENARIO_FORMAT = 'cellule/scenario@1';

export const CHANNELS = ['soc', 'exec', 'press', 'social', 'regulator', 'partner', 'customer', 'intel', 'staff'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CATEGORIES = ['containment', 'communication', 'recovery', 'coordination', 'attribution'] as const;
export type Category = (typeof CATEGORIES)[number];

export const NODE_KINDS = ['attacker', 'filter', 'service', 'people', 'site', 'authority', 'system'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const DIFFICULTIES = ['intro', 'standard', 'expert'] as const;
export const AGGREGATES = ['final', 'mean', 'min', 'max'] as const;
export const OUTCOMES = ['win', 'loss', 'neutral'] as const;

export const ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;
export const SCENARIO_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const num = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
const posInt = z.number().int().min(1);
const nonNegInt = z.number().int().min(0);
const nonNeg = num.pipe(z.number().min(0));
const id = z.string().regex(ID_PATTERN, 'must match ^[a-z][a-zA-Z0-9_]*$');
/** An expression in Cellule's small expression language (see expr/). */
const expr = z.string().min(1).max(2000).describe('expression');
const numOrExpr = z.union([num, expr]);

export const textSchema = z.union([
  z.string(),
  z.record(z.string().regex(LOCALE_PATTERN, 'must be a language code such as "fr" or "en"'), z.string()),
]);
export type Text = z.infer<typeof textSchema>;

const effectCommon = {
  delay: posInt.optional(),
  for: posInt.optional(),
  note: textSchema.optional(),
};

export const effectSchema = z.union([
  z.strictObject({ metric: id, add: numOrExpr, ...effectCommon }),
  z.strictObject({ metric: id, set: numOrExpr, ...effectCommon }),
  z.strictObject({ flag: id, set: z.boolean(), ...effectCommon }),
  z.strictObject({ reveal: id, ...effectCommon }),
  z.strictObject({ inject: id, ...effectCommon }),
  z.strictObject({ end: id, ...effectCommon }),
]);
export type Effect = z.infer<typeof effectSchema>;

export const metricSchema = z.strictObject({
  id,
  label: textSchema,
  min: num,
  max: num,
  initial: num,
  unit: z.string().max(32).optional(),
  good: z.enum(['high', 'low']),
  visible: z.boolean().optional(),
  describe: textSchema.optional(),
});
export type Metric = z.infer<typeof metricSchema>;

export const flagSchema = z.strictObject({ id, initial: z.boolean() });

export const actorSchema = z.strictObject({
  id,
  name: textSchema,
  description: textSchema,
  prior: num.pipe(z.number().gt(0)),
});
export type Actor = z.infer<typeof actorSchema>;

export const evidenceSchema = z.strictObject({
  id,
  title: textSchema,
  body: textSchema,
  source: textSchema,
  likelihood: z.record(id, num.pipe(z.number().min(0).max(1))),
  /** Declares the evidence uninformative by design (the same likelihood for every actor, e.g. a claim anyone can post); `reason` says why. */
  uninformative: z.strictObject({ reason: textSchema }).optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const injectSchema = z.strictObject({
  id,
  channel: z.enum(CHANNELS),
  title: textSchema,
  body: textSchema,
  at: posInt.optional(),
  when: expr.optional(),
  repeat: z.boolean().optional(),
  optional: z.boolean().optional(),
  effects: z.array(effectSchema).optional(),
});
export type Inject = z.infer<typeof injectSchema>;

export const outcomeSchema = z.strictObject({
  weight: z.union([num.pipe(z.number().min(0)), expr]),
  text: textSchema,
  effects: z.array(effectSchema),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const decisionSchema = z.strictObject({
  id,
  category: z.enum(CATEGORIES),
  title: textSchema,
  description: textSchema,
  cost: z.strictObject({ staff: nonNegInt, budget: nonNeg }),
  when: expr.optional(),
  once: z.boolean().optional(),
  cooldown: nonNegInt.optional(),
  requires: z.array(id).optional(),
  excludes: z.array(id).optional(),
  effects: z.array(effectSchema),
  outcomes: z.array(outcomeSchema).optional(),
  refs: z.strictObject({ attack: z.array(z.string()).optional(), d3fend: z.array(z.string()).optional() }).optional(),
  debrief: textSchema.optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const ruleSchema = z.strictObject({
  id,
  when: expr,
  effects: z.array(effectSchema),
  note: textSchema.optional(),
});
export type Rule = z.infer<typeof ruleSchema>;

const objectiveCommon = {
  id,
  category: z.enum(CATEGORIES),
  title: textSchema,
  weight: num.pipe(z.number().gt(0)),
};

export const objectiveSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...objectiveCommon, type: z.literal('metric'), metric: id, aggregate: z.enum(AGGREGATES), target: num, worst: num }),
  z.strictObject({ ...objectiveCommon, type: z.literal('deadline'), decision: id, by: posInt, late: posInt.optional() }),
  z.strictObject({ ...objectiveCommon, type: z.literal('avoid'), decision: id.optional(), when: expr.optional() }),
  z.strictObject({ ...objectiveCommon, type: z.literal('attribution') }),
  z.strictObject({ ...objectiveCommon, type: z.literal('expr'), value: expr }),
]);
export type Objective = z.infer<typeof objectiveSchema>;

export const endingSchema = z.strictObject({
  id,
  title: textSchema,
  body: textSchema,
  when: expr.optional(),
  outcome: z.enum(OUTCOMES),
});
export type Ending = z.infer<typeof endingSchema>;

export const mapSchema = z.strictObject({
  nodes: z.array(
    z.strictObject({
      id,
      label: textSchema,
      kind: z.enum(NODE_KINDS),
      x: num.pipe(z.number().min(0).max(100)),
      y: num.pipe(z.number().min(0).max(100)),
      metric: id.optional(),
    }),
  ),
  links: z.array(z.strictObject({ from: id, to: id, metric: id.optional() })),
});
export type ScenarioMap = z.infer<typeof mapSchema>;

export const referenceSchema = z.strictObject({
  title: textSchema,
  note: textSchema,
  plays: z.array(
    z.strictObject({
      turn: posInt,
      decisions: z.array(id),
      assessment: z.record(id, nonNeg).optional(),
    }),
  ),
});
export type Reference = z.infer<typeof referenceSchema>;

export const phaseSchema = z.strictObject({ id, title: textSchema, turns: posInt, minutesPerTurn: posInt });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(SCENARIO_FORMAT),
  id: z.string().regex(SCENARIO_ID_PATTERN, 'must match ^[a-z0-9][a-z0-9-]{1,63}$'),
  locales: z.array(z.string().regex(LOCALE_PATTERN, 'must be a language code such as "fr" or "en"')).min(1),
  title: textSchema,
  summary: textSchema,
  briefing: textSchema,
  difficulty: z.enum(DIFFICULTIES),
  estimatedMinutes: num.pipe(z.number().gt(0)),
  tags: z.array(z.string()).optional(),
  clock: z.strictObject({
    start: z.iso.datetime({ offset: true }),
    phases: z.array(phaseSchema).min(1),
  }),
  resources: z.strictObject({ staff: nonNegInt, budget: nonNeg }),
  metrics: z.array(metricSchema),
  flags: z.array(flagSchema),
  actors: z.array(actorSchema),
  culprit: z.union([z.literal('draw'), id]),
  evidence: z.array(evidenceSchema),
  injects: z.array(injectSchema),
  decisions: z.array(decisionSchema),
  rules: z.array(ruleSchema),
  objectives: z.array(objectiveSchema).min(1),
  endings: z.array(endingSchema),
  map: mapSchema.optional(),
  reference: referenceSchema.optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;
