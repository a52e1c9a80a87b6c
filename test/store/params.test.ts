import { expect, test } from 'vitest';
import { parseParams } from '../../src/store/params';

test.each([
  ['?scenario=la-poste-ddos&lang=fr&seed=42', { scenario: 'la-poste-ddos', lang: 'fr', seed: 42 }],
  ['?lang=EN-gb', { lang: 'en' }],
  ['?scenario=../etc&lang=de&seed=4x2', {}],
  ['?seed=-7', { seed: -7 }],
  ['', {}],
  ['?studio', { studio: true }],
  ['?studio=1&lang=fr', { studio: true, lang: 'fr' }],
  ['?live&studio', { live: { as: 'join', code: null } }],
  ['?progress&lang=fr', { progress: true, lang: 'fr' }],
  ['?studio&progress', { studio: true }],
  ['?playtest=dmk3x9-2&seed=5&lang=fr', { playtest: 'dmk3x9-2', seed: 5, lang: 'fr' }],
  ['?playtest=..%2Fx', {}],
  ['?studio&playtest=dmk3x9-2', { studio: true }],
])('%s', (search, expected) => {
  expect(parseParams(search)).toEqual(expected);
});
