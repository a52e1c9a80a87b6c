import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/engine/diagnostics';
import { loadScenario, loadScenarioObject } from '../../../src/engine/load';
import { compactText, minimalScenario, minimalText } from './minimal';

/** The diagnostics of a text that must fail. */
function errorsOf(text: string): Diagnostic[] {
  const r = loadScenario(text, 'test.json');
  if (r.ok) throw new Error('expected the text to fail');
  return r.errors;
}

/** The one diagnostic at `pointer`, as `code @line:col`. */
function at(diagnostics: Diagnostic[], pointer: string): string {
  const found = diagnostics.filter((d) => d.pointer === pointer);
  expect(found, `diagnostics at ${pointer}: ${JSON.stringify(diagnostics)}`).toHaveLength(1);
  const d = found[0]!;
  return `${d.code} @${d.line}:${d.col}`;
}

describe('loadScenario on a valid scenario', () => {
  it('loads, with no warnings, the same hash however it is laid out, and compiled expressions', () => {
    const pretty = loadScenario(minimalText(), 'mini.json');
    const compact = loadScenario(compactText());
    const object = loadScenarioObject(minimalScenario());
    if (!pretty.ok || !compact.ok || !object.ok) throw new Error('minimal scenario must load');
    expect(pretty.warnings).toEqual([]);
    expect(pretty.value.scenario.id).toBe('mini');
    expect(compact.value.hash).toBe(pretty.value.hash);
    expect(object.value.hash).toBe(pretty.value.hash);
    expect(pretty.value.hash).toMatch(/^[0-9a-f]{16}$/);
    expect([...pretty.value.exprs.keys()].sort()).toEqual([
      'clamp(1 - load / 10, 0, 1)',
      'load > 7',
      'max(0, load - 1)',
      'trust < 10',
      'trust <= 0',
      'turn >= 2 && !warned',
      'warned ? 1 : 0.5',
    ]);
  });

  it('accepts a byte order mark and counts columns without it', () => {
    expect(loadScenario('\uFEFF' + minimalText()).ok).toBe(true);
    expect(at(errorsOf('\uFEFF' + compactText({ difficulty: '"easy"' })), '/difficulty')).toBe('schema/bad-value @8:17');
  });

  it('changes the hash when the content changes', () => {
    const a = loadScenario(compactText());
    const b = loadScenario(compactText({ summary: '"Another outage."' }));
    expect(a.ok && b.ok && a.value.hash !== b.value.hash).toBe(true);
  });
});

describe('schema errors, located', () => {
  it('unknown key, with a suggestion, and the missing key it stands for', () => {
    const errors = errorsOf(compactText({ resources: '{"staff": 2, "budjet": 1000}' }));
    expect(at(errors, '/resources/budjet')).toBe('schema/unknown-key @11:29');
    expect(errors.find((d) => d.code === 'schema/unknown-key')?.message).toBe('unknown key "budjet"; did you mean "budget"?');
    expect(at(errors, '/resources')).toBe('schema/missing-key @11:16');
    expect(errors.find((d) => d.code === 'schema/missing-key')?.message).toBe('missing key "budget"');
    expect(errors).toHaveLength(2);
  });

  it('wrong type', () => {
    const errors = errorsOf(compactText({ estimatedMinutes: '"ten"' }));
    expect(at(errors, '/estimatedMinutes')).toBe('schema/wrong-type @9:23');
    expect(errors[0]!.message).toBe('expected a number, got a string');
    expect(errors[0]!.file).toBe('test.json');
  });

  it('enumeration value, with the allowed list', () => {
    const errors = errorsOf(compactText({ difficulty: '"easy"' }));
    expect(at(errors, '/difficulty')).toBe('schema/bad-value @8:17');
    expect(errors[0]!.message).toBe('expected one of "intro", "standard" or "expert", got "easy"');
  });

  it('whole numbers and ranges', () => {
    const errors = errorsOf(compactText({ resources: '{"staff": 1.5, "budget": -1}' }));
    expect(at(errors, '/resources/staff')).toBe('schema/not-integer @11:26');
    expect(at(errors, '/resources/budget')).toBe('schema/out-of-range @11:41');
    expect(errors.find((d) => d.code === 'schema/out-of-range')?.message).toBe('must be at least 0');
  });

  it('an effect that is none of the forms', () => {
    const errors = errorsOf(compactText({ rules: '[{"id": "r", "when": "true", "effects": [{"metric": "trust"}]}]' }));
    expect(at(errors, '/rules/0/effects/0')).toBe('schema/effect-kind @19:53');
    expect(errors[0]!.message).toBe('a metric effect needs "add" or "set"');
  });

  it('an objective type that does not exist', () => {
    const o = '[{"id": "o", "category": "recovery", "title": "T", "weight": 1, "type": "metrc"}]';
    const errors = errorsOf(compactText({ objectives: o }));
    expect(at(errors, '/objectives/0/type')).toBe('schema/bad-value @20:89');
    expect(errors.find((d) => d.pointer === '/objectives/0/type')?.message).toMatch(/did you mean "metric"\?$/);
  });
});

describe('cross-reference errors, located', () => {
  const rule = (effect: string): string => `[{"id": "r", "when": "true", "effects": [${effect}]}]`;

  it('unknown id, with a suggestion', () => {
    const errors = errorsOf(compactText({ rules: rule('{"flag": "warnd", "set": true}') }));
    expect(at(errors, '/rules/0/effects/0/flag')).toBe('ref/unknown-id @19:62');
    expect(errors[0]!.message).toBe('unknown flag "warnd"; did you mean "warned"?');
  });

  it('id of the wrong kind', () => {
    const errors = errorsOf(compactText({ rules: rule('{"flag": "trust", "set": true}') }));
    expect(at(errors, '/rules/0/effects/0/flag')).toBe('ref/wrong-kind @19:62');
    expect(errors[0]!.message).toBe('"trust" is a metric, not a flag');
  });

  it('duplicate and reserved ids', () => {
    const dup = errorsOf(compactText({ flags: '[{"id": "warned", "initial": false}, {"id": "trust", "initial": true}]' }));
    expect(at(dup, '/flags/1/id')).toBe('id/duplicate @13:56');
    expect(dup[0]!.message).toBe('duplicate id "trust": already the metric at /metrics/0');
    const reserved = errorsOf(compactText({ flags: '[{"id": "warned", "initial": false}, {"id": "turn", "initial": true}]' }));
    expect(at(reserved, '/flags/1/id')).toBe('id/reserved @13:56');
  });

  it('metric ranges', () => {
    const metrics =
      '[{"id": "trust", "label": "T", "min": 0, "max": 100, "initial": 120, "good": "high"}, ' +
      '{"id": "load", "label": "L", "min": 5, "max": 5, "initial": 5, "good": "low"}]';
    const errors = errorsOf(compactText({ metrics }));
    expect(at(errors, '/metrics/0/initial')).toBe('rule/metric-initial @12:78');
    expect(at(errors, '/metrics/1/max')).toBe('rule/metric-range @12:146');
    expect(errors.map((d) => d.message)).toEqual(['initial (120) must lie between min (0) and max (100)', 'max (5) must be greater than min (5)']);
  });
});

describe('texts and expressions, located', () => {
  it('a Text missing a locale', () => {
    const errors = errorsOf(compactText({ summary: '{"en": "Short"}' }));
    expect(at(errors, '/summary')).toBe('text/missing-locale @6:14');
    expect(errors[0]!.message).toBe('missing the "fr" translation');
  });

  it('a Text with a locale the scenario does not declare is a warning', () => {
    const r = loadScenario(compactText({ summary: '{"en": "a", "fr": "b", "de": "c"}' }));
    if (!r.ok) throw new Error('warnings alone must not fail');
    expect(r.warnings.map((d) => `${d.severity} ${d.code} ${d.pointer} @${d.line}:${d.col}`)).toEqual([
      'warning text/extra-locale /summary/de @6:37',
    ]);
  });

  it('an expression error points at the character inside the string', () => {
    const errors = errorsOf(compactText({ rules: '[{"id": "r", "when": "lod > 7", "effects": []}]' }));
    expect(at(errors, '/rules/0/when')).toBe('expr/unknown-name @19:34');
    expect(errors[0]!.message).toBe('unknown name "lod"; did you mean "load"?');
  });

  it('counts escapes when locating inside a string', () => {
    const errors = errorsOf(compactText({ rules: '[{"id": "r", "when": "\\t taken(warned)", "effects": []}]' }));
    expect(at(errors, '/rules/0/when')).toBe('expr/wrong-kind @19:43');
  });
});

describe('all errors at once', () => {
  it('reports five distinct errors in one pass, in source order', () => {
    const metrics =
      '[{"id": "trust", "label": "T", "min": 0, "max": 100, "initial": 120, "good": "high"}, ' +
      '{"id": "load", "label": "L", "min": 0, "max": 10, "initial": 5, "good": "low"}]';
    const text = compactText({
      summary: '{"en": "Short"}',
      difficulty: '"easy"',
      metrics,
      rules: '[{"id": "r", "when": "true", "effects": [{"flag": "warnd", "set": true}]}]',
      endings: '[{"id": "collapse", "title": "C", "body": "B", "when": "trst <= 0", "outcome": "loss"}]',
    });
    expect(errorsOf(text).map((d) => `${d.line} ${d.code}`)).toEqual([
      '6 text/missing-locale',
      '8 schema/bad-value',
      '12 rule/metric-initial',
      '19 ref/unknown-id',
      '21 expr/unknown-name',
    ]);
  });
});
