import { describe, expect, test } from 'vitest';
import en from '../../src/locales/en/workshop.json' with { type: 'json' };
import { plainTranslator, WORKSHOP_ERRORS } from '../../src/workshop';

describe('workshop strings', () => {
  test('every session error code has a translation', () => {
    for (const code of WORKSHOP_ERRORS) expect(en.error[code.slice('workshop/'.length) as keyof typeof en.error]).toBeDefined();
  });

  test('plainTranslator interpolates as text, once', () => {
    const t = plainTranslator('fr');
    expect(t('aar.note', { turn: 2, text: '{{turn}} $& <b>' })).toBe('Tour 2 : {{turn}} $& <b>');
    expect(plainTranslator('en')('aar.duration', { minutes: 90 })).toBe('90 min');
  });

  test('plainTranslator never reads inherited properties as strings or params', () => {
    const t = plainTranslator('en');
    expect(t('aar.constructor' as never)).toBe('aar.constructor');
    expect(t('aar.note', { turn: 1 } as never)).toContain('{{text}}');
  });
});
