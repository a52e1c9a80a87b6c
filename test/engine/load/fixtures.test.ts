import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/engine/diagnostics';
import { loadScenario } from '../../../src/engine/load';

const FIXTURES = new URL('../../fixtures/bad/', import.meta.url);

/** Each bad fixture and its diagnostics as `code line:col pointer`, worked out from the file by hand. */
const EXPECTED: Record<string, string[]> = {
  'comments.json': ['json/comment 17:3 '],
  'trailing-comma.json': ['json/trailing-comma 66:6 /flags'],
  'single-quotes.json': ['json/single-quote 12:3 '],
  'duplicate-key.json': ['json/duplicate-key 18:3 /difficulty'],
  'proto-key.json': ['json/forbidden-key 37:5 /resources/__proto__'],
  'future-format.json': ['format/unsupported 2:13 /format'],
  'unknown-key.json': ['schema/missing-key 1:1 ', 'schema/unknown-key 8:3 /tittle'],
  'bad-references.json': [
    'ref/unknown-id 82:14 /culprit',
    'ref/unknown-id 136:19 /decisions/0/effects/0/flag',
    'ref/wrong-kind 140:21 /decisions/0/effects/1/metric',
    'ref/unknown-id 219:19 /objectives/1/decision',
  ],
  'bad-expressions.json': [
    'expr/syntax 108:39 /injects/1/when',
    'expr/unknown-name 192:16 /rules/0/when',
    'expr/wrong-kind 192:33 /rules/0/when',
  ],
  'five-errors.json': [
    'text/missing-locale 12:14 /summary',
    'schema/bad-value 19:17 /difficulty',
    'rule/metric-initial 51:18 /metrics/0/initial',
    'ref/unknown-id 197:19 /rules/0/effects/0/flag',
    'expr/unknown-name 238:16 /endings/0/when',
  ],
};

describe('bad fixtures', () => {
  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const r = loadScenario(readFileSync(new URL(name, FIXTURES), 'utf8'), name);
    if (r.ok) throw new Error(`${name} must fail`);
    expect(r.errors.map((d) => `${d.code} ${d.line}:${d.col} ${d.pointer}`)).toEqual(expected);
    expect(formatDiagnostic(r.errors[0]!)).toMatch(new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+: `));
  });
});
