import { describe, expect, test } from 'vitest';
import { plainTranslator, WORKSHOP_ERRORS, WORKSHOP_KEYS, workshopResources } from '../../src/workshop';

function flatten(tree: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('workshop strings', () => {
  const en = flatten(workshopResources.en);
  const fr = flatten(workshopResources.fr);

  test('en.json and fr.json hold exactly the declared keys', () => {
    expect(Object.keys(en).sort()).toEqual([...WORKSHOP_KEYS].sort());
    expect(Object.keys(fr).sort()).toEqual([...WORKSHOP_KEYS].sort());
  });

  test('both languages use the same placeholders in every string', () => {
    for (const key of WORKSHOP_KEYS) expect([key, placeholders(fr[key]!)]).toEqual([key, placeholders(en[key]!)]);
  });

  test('every session error code has a translation', () => {
    for (const code of WORKSHOP_ERRORS) expect(en[`error.${code.slice('workshop/'.length)}`]).toBeDefined();
  });

  test('plainTranslator interpolates as text, once', () => {
    const t = plainTranslator('fr');
    expect(t('aar.note', { turn: 2, text: '{{turn}} $& <b>' })).toBe('Tour 2 : {{turn}} $& <b>');
    expect(plainTranslator('en')('aar.duration', { minutes: 90 })).toBe('90 min');
  });
});
