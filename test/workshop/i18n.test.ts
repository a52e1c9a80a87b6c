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

  // The browser's strings (`ui.…`, `screen.…`) sit beside the core's in the same namespace.
  const isUi = (key: string) => key.startsWith('ui.') || key.startsWith('screen.');

  test('en.json and fr.json hold exactly the declared core keys', () => {
    expect(Object.keys(en).filter((k) => !isUi(k)).sort()).toEqual([...WORKSHOP_KEYS].sort());
    expect(Object.keys(fr).filter((k) => !isUi(k)).sort()).toEqual([...WORKSHOP_KEYS].sort());
  });

  test('the UI strings exist in both languages with the same placeholders', () => {
    const uiEn = Object.keys(en).filter(isUi).sort();
    expect(uiEn.length).toBeGreaterThan(50);
    expect(Object.keys(fr).filter(isUi).sort()).toEqual(uiEn);
    for (const key of uiEn) expect([key, placeholders(fr[key]!)]).toEqual([key, placeholders(en[key]!)]);
    for (const key of uiEn) expect([key, fr[key] === en[key] && !/^[+T{]/.test(en[key]!) && !['Session', 'Scores', 'Brier', 'Note', 'Pause', 'Divergences', 'Attribution', 'Décisions'].includes(en[key]!)]).toEqual([key, false]);
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
