/**
 * Every diagnostic the engine can emit has its sentence in English and French. Codes are found
 * two ways: statically, every code literal in `src/engine/**` (and no code built at run time);
 * dynamically, by feeding small bad scenarios, expressions and logs through the real loader and
 * checking each produced code, and each `form` variant, against the resources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostics';
import { compileExpr, MAX_NESTING } from '../../src/engine/expr';
import { operatorForm, REFUSED_OPERATORS, syntaxForm } from '../../src/engine/expr/errors';
import { loadScenario, loadScenarioObject, MAX_CHARS } from '../../src/engine/load';
import { parseLog } from '../../src/engine/log';
import { en, fr } from './strings';
import { diagnosticOptions } from '../../src/ui/diagnosticSentence';
import { minimalScenario, minimalText } from '../engine/load/minimal';
import { flatten, sentence, translator, type Lang } from './helpers';

const ENGINE = join(__dirname, '../../src/engine');
const RESOURCES = { en: flatten(en), fr: flatten(fr) };
const LANGS: Lang[] = ['en', 'fr'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

/** A code is `family/name` in quotes; families are those the engine uses. */
const CODE = /['"`]((?:json|load|format|schema|id|ref|text|expr|rule|warn|log|play)\/[a-z0-9-]+)['"`]/g;

function engineCodes(): Set<string> {
  const codes = new Set<string>();
  for (const text of sources(ENGINE)) for (const m of text.matchAll(CODE)) codes.add(m[1]!);
  return codes;
}

/** Refused turns and replays are PlayErrors, shown through `playError.…`; everything else is a diagnostic. */
const isPlayError = (code: string): boolean => code.startsWith('play/') || ['log/scenario', 'log/hash', 'log/after-end'].includes(code);

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)[^}]*\}\}/g)].map((m) => m[1]!);

/** The resource key i18next picks for `d` in `lng`: context and plural first, then the plain key. */
function chosenKey(d: Diagnostic, lng: Lang): string | undefined {
  const base = `diag.${d.code}`;
  const form = typeof d.params?.form === 'string' ? d.params.form : undefined;
  const count = typeof d.params?.count === 'number' ? d.params.count : undefined;
  const plural = count === undefined ? undefined : new Intl.PluralRules(lng).select(count);
  const candidates = [
    form !== undefined && plural !== undefined ? `${base}_${form}_${plural}` : undefined,
    form !== undefined ? `${base}_${form}` : undefined,
    plural !== undefined ? `${base}_${plural}` : undefined,
    base,
  ];
  return candidates.find((k) => k !== undefined && RESOURCES[lng][k] !== undefined);
}

const text = (o: unknown): string => JSON.stringify(o, null, 2);
const scenarioWith = (change: (s: Record<string, any>) => void): string => {
  const s = minimalScenario() as Record<string, any>;
  change(s);
  return text(s);
};
const withWhen = (expr: string): string => scenarioWith((s) => (s.injects[1].when = expr));

/** Bad inputs, each meant to produce at least the code it is filed under. */
const SCENARIOS: Record<string, string[]> = {
  'json/syntax': ['{"a": }', '{"a" 1}', '{"a": 1 "b": 2}', '[1, 2', '{"a": 1', '{} x', '{"a": "b', '{"a": tru}', '{"a": "\\x"}', '{"a": "\\u12"}', '{"a": 1.}', '{"a": "\u0001"}'],
  'json/trailing-comma': ['{"a": 1,}'],
  'json/comment': ['{ /* x */ }'],
  'json/single-quote': ["{'a': 1}"],
  'json/duplicate-key': ['{"a": 1, "a": 2}'],
  'json/empty': ['  \n'],
  'json/too-deep': ['['.repeat(70) + ']'.repeat(70)],
  'json/too-large': [' '.repeat(MAX_CHARS + 1)],
  'json/forbidden-key': [minimalText().replace('{', '{"__proto__": 1,')],
  'json/bad-unicode': [minimalText().replace('"A tiny outage."', '"\\ud800"'), minimalText().replace('"title"', '"\\udc00": 1, "title"')],
  'load/too-many': [text({ ...minimalScenario(), ...Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`extra${i}`, 1])) })],
  'format/unsupported': [scenarioWith((s) => (s.format = 'cellule/scenario@9')), scenarioWith((s) => delete s.format)],
  'schema/unknown-key': [scenarioWith((s) => (s.colour = 1))],
  'schema/missing-key': [scenarioWith((s) => delete s.summary)],
  'schema/wrong-type': [scenarioWith((s) => (s.estimatedMinutes = 'ten')), scenarioWith((s) => (s.decisions[0].effects[0] = 3))],
  'schema/not-integer': [scenarioWith((s) => (s.resources.staff = 1.5))],
  'schema/bad-value': [scenarioWith((s) => (s.difficulty = 'hard'))],
  'schema/too-short': [scenarioWith((s) => (s.clock.phases = [])), scenarioWith((s) => (s.injects[1].when = ''))],
  'schema/too-long': [scenarioWith((s) => (s.metrics[1].unit = 'x'.repeat(33)))],
  'schema/out-of-range': [
    scenarioWith((s) => (s.evidence[0].likelihood.criminals = 2)),
    scenarioWith((s) => (s.actors[0].prior = 0)),
    scenarioWith((s) => (s.map.nodes[0].x = -1)),
  ],
  'schema/bad-format': [
    scenarioWith((s) => (s.clock.start = 'yesterday')),
    scenarioWith((s) => (s.metrics[0].id = '9x')),
    scenarioWith((s) => (s.id = 'BAD')),
    scenarioWith((s) => (s.locales = ['EN', 'fr'])),
  ],
  'schema/bad-key': [scenarioWith((s) => (s.title = { EN: 'x', fr: 'y', en: 'z' })), scenarioWith((s) => (s.evidence[0].likelihood = { Bad: 0.5 }))],
  'schema/effect-kind': [
    scenarioWith((s) => (s.decisions[0].effects[0] = { sett: true })),
    scenarioWith((s) => (s.decisions[0].effects[0] = { metric: 'trust', flag: 'warned', add: 1 })),
    scenarioWith((s) => (s.decisions[0].effects[0] = { metric: 'trust' })),
    scenarioWith((s) => (s.decisions[0].effects[0] = { metric: 'trust', add: 1, set: 2 })),
  ],
  'id/duplicate': [scenarioWith((s) => (s.flags[0].id = 'trust'))],
  'id/reserved': [scenarioWith((s) => (s.flags[0].id = 'turn'))],
  'ref/unknown-id': [scenarioWith((s) => (s.decisions[1].effects[1].reveal = 'clam'))],
  'ref/wrong-kind': [scenarioWith((s) => (s.decisions[1].effects[1].reveal = 'trust'))],
  'text/missing-locale': [scenarioWith((s) => (s.title = { en: 'Mini' }))],
  'text/extra-locale': [scenarioWith((s) => (s.title = { en: 'Mini', fr: 'Mini', de: 'Mini' }))],
  'rule/metric-range': [scenarioWith((s) => (s.metrics[0].min = 100))],
  'rule/metric-initial': [scenarioWith((s) => (s.metrics[0].initial = 101))],
  'rule/for-needs-add': [scenarioWith((s) => (s.decisions[0].effects[0].for = 2))],
  'rule/target-equals-worst': [scenarioWith((s) => (s.objectives[0].worst = 80))],
  'rule/late-before-by': [scenarioWith((s) => (s.objectives[1].late = 1))],
  'rule/avoid-target': [scenarioWith((s) => (s.objectives[3].decision = 'scrub')), scenarioWith((s) => delete s.objectives[3].when)],
  'rule/duplicate-turn': [scenarioWith((s) => s.reference.plays.push({ turn: 1, decisions: [] }))],
  'rule/turn-beyond-end': [scenarioWith((s) => (s.injects[0].at = 99))],
  'expr/unknown-name': [withWhen('trst > 1')],
  'expr/arity': [withWhen('min() > 1'), withWhen('clamp(1, 2) > 0')],
  'expr/syntax': ['1 +', '(1', 'turn ? 1', 'min(1', 'trust trust', '1 # 2', '1e', '!', '1 ? : 2', '()'].map(withWhen),
  'expr/unsupported': ['a === b', 'trust.x', 'x = 1', 'a += 1', 'a ^ b', '1e999 > 1', 'taken("scrub")', '(1)(2)', 'a & b', '('.repeat(MAX_NESTING + 1) + '1' + ')'.repeat(MAX_NESTING + 1)].map(withWhen),
  'expr/wrong-kind': ['min > 1', 'scrub > 1', 'scrub(1)', 'taken(1)', 'taken(trust)'].map(withWhen),
  'warn/decision-without-effect': [scenarioWith((s) => (s.decisions[0].effects = []))],
  'warn/inject-never-fires': [scenarioWith((s) => (s.injects[2].optional = false))],
  'warn/ending-never-reached': [scenarioWith((s) => delete s.endings[0].when)],
  'warn/evidence-never-revealed': [scenarioWith((s) => s.decisions[1].effects.pop())],
};

const LOGS: Record<string, string[]> = {
  'log/too-large': [' '.repeat(2_000_001)],
  'log/malformed': ['{', '3', '{}', '{"format":"cellule/log@1","scenario":"","seed":1.5,"turns":[{"decisions":[1]}],"x":1}', '{"format":"cellule/log@1","scenario":"a","seed":1e300,"turns":[]}', '{"format":"cellule/log@1","scenario":"a","seed":1,"turns":[{"decisions":[],"assessment":{"a":1e308}}]}'],
  'log/format': ['{"format":"cellule/log@9"}'],
};

function produced(): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const add = (filed: string, ds: readonly Diagnostic[]) => out.set(filed, [...(out.get(filed) ?? []), ...ds]);
  for (const [code, texts] of Object.entries(SCENARIOS)) {
    for (const t of texts) {
      const r = loadScenario(t);
      add(code, r.ok ? r.warnings : r.errors);
    }
  }
  const nonFinite = loadScenarioObject({ ...minimalScenario(), estimatedMinutes: Infinity });
  add('json/non-finite', nonFinite.ok ? [] : nonFinite.errors);
  for (const [code, texts] of Object.entries(LOGS)) for (const t of texts) add(code, (r => (r.ok ? [] : r.errors))(parseLog(t)));
  return out;
}

const PRODUCED = produced();
const ALL = [...PRODUCED.values()].flat();

/** Codes no small input reaches through the loader: covered by the static scan only. */
const UNREACHED = new Set([
  // The schema's one refinement ("finite number") is reported first as json/non-finite at the same place.
  'schema/invalid',
]);

describe('diagnostic codes have sentences in English and French', () => {
  const codes = engineCodes();

  it('the scan finds the engine’s codes, and no code is built at run time', () => {
    expect(codes.size).toBeGreaterThan(50);
    for (const c of ['json/syntax', 'schema/too-short', 'expr/arity', 'rule/avoid-target', 'log/malformed', 'play/ended']) expect(codes).toContain(c);
    // A code is the first argument of these builders, or a `code:` property.
    for (const t of sources(ENGINE)) expect(t).not.toMatch(/\b(?:error|warning|exprError)\(\s*`|\bcode: `/);
  });

  it.each(LANGS)('every code found in src/engine has a key in %s', (lng) => {
    const missing = [...codes].filter((c) => RESOURCES[lng][isPlayError(c) ? `playError.${c}` : `diag.${c}`] === undefined);
    expect(missing).toEqual([]);
  });

  it('each bad input produces the code it is filed under', () => {
    for (const [code, ds] of PRODUCED) expect(ds.map((d) => d.code), code).toContain(code);
  });

  it('the inputs reach every diagnostic code but a few, listed', () => {
    const reached = new Set(ALL.map((d) => d.code));
    const diagnostics = [...codes].filter((c) => !isPlayError(c));
    expect(diagnostics.filter((c) => !reached.has(c) && !UNREACHED.has(c))).toEqual([]);
    for (const c of UNREACHED) expect(reached.has(c), `${c} is reached now: take it off the list`).toBe(false);
  });

  it.each(LANGS)('in %s, each produced diagnostic has its variant’s key and every placeholder filled', (lng) => {
    const tr = translator(lng);
    for (const d of ALL) {
      const form = d.params?.form;
      const key = chosenKey(d, lng);
      const where = `${d.code} ${JSON.stringify(d.params)}`;
      expect(key, where).toBeDefined();
      if (typeof form === 'string') expect(key, `${where}: no variant for form ${form}`).toContain(`_${form}`);
      const options = diagnosticOptions(d.params, tr);
      for (const name of placeholders(RESOURCES[lng][key!]!)) expect(Object.keys(options), `${where}: {{${name}}} in ${key}`).toContain(name);
      const shown = sentence(d, lng);
      expect(shown).not.toMatch(/\{\{|undefined/);
      if (lng === 'fr') expect(shown, where).not.toBe(d.message);
    }
  });

  it('every refused operator and every syntax detail the parsers give has its variant', () => {
    const operators = [...REFUSED_OPERATORS, '.', ',', 'this', 'string', 'call'];
    for (const op of operators) {
      const form = operatorForm(op);
      expect(form, op).not.toBe('other');
      for (const lng of LANGS) expect(RESOURCES[lng][`diag.expr/unsupported_${form}`], `${op} in ${lng}`).toBeDefined();
    }
    // jsep's messages (node_modules/jsep/dist/jsep.js, `throwError`) and the lexer's own.
    const details = [
      'Expected expression after +', 'Expected expression', 'missing unaryOp argument', 'Expected comma', 'Expected exponent (1e)', 'Expected :', 'Expected )',
      'Unclosed (', 'Unexpected period', 'Unexpected token ,', 'Unexpected "#"', 'Unexpected #', 'Variable names cannot start with a number (1a)',
      'missing operator before "x"', 'missing operator', 'unexpected character "#"', 'empty expression',
    ];
    for (const detail of details) {
      const { form } = syntaxForm(detail);
      expect(form, detail).toBeDefined();
      for (const lng of LANGS) expect(RESOURCES[lng][`diag.expr/syntax_${form}`], `${detail} in ${lng}`).toBeDefined();
    }
  });

  it('English and French have the same diagnostic keys', () => {
    const keys = (lng: Lang) => Object.keys(RESOURCES[lng]).filter((k) => /^(diag|diagWord|diagWordA|playError)\./.test(k)).sort();
    expect(keys('fr')).toEqual(keys('en'));
  });
});

// Expressions compiled outside a scenario (the workshop's, the CLI's) give the same codes.
describe('expressions alone', () => {
  it('give the codes the scenario checks give', () => {
    const symbols = { metrics: new Set(['trust']), flags: new Set<string>(), decisions: new Set(['scrub']), injects: new Set<string>(), evidence: new Set<string>() };
    const r = compileExpr('min() + trst', symbols);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['expr/arity', 'expr/unknown-name']);
  });
});
