import { expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine';
import { blankScenario, type BlankWords } from '../../../src/ui/studio/blank';
import { byRecent, fileNameFor, newDraftKey, scenarioIdOf, seedOf } from '../../../src/ui/studio/draft';
import en from '../../../src/locales/en/studio.json' with { type: 'json' };
import fr from '../../../src/locales/fr/studio.json' with { type: 'json' };

test('the blank scenario passes the checker with no error and no warning, in the studio words of both languages', () => {
  const text = blankScenario({ en: en.blank as BlankWords, fr: fr.blank as BlankWords });
  const r = loadScenario(text, 'new-scenario.json');
  expect(r.ok ? r.warnings : r.errors).toEqual([]);
  expect(r.ok && r.value.scenario.title).toEqual({ en: en.blank.title, fr: fr.blank.title });
  expect(text.endsWith('}\n')).toBe(true);
});

test.each([
  ['{"id": "my-crisis"}', null, 'my-crisis.json'],
  ['{"id": "my-crisis"}', 'opened.json', 'opened.json'],
  ['{"id": "../../etc"}', null, 'scenario.json'],
  ['not json', null, 'scenario.json'],
  ['{"id": 3}', null, 'scenario.json'],
])('fileNameFor(%j, %j) = %j', (text, opened, name) => {
  expect(fileNameFor(text, opened)).toBe(name);
});

test('scenarioIdOf reads a half-written draft, with comments and trailing commas', () => {
  expect(scenarioIdOf('{ // draft\n "id": "a-b", "title": {,}')).toBe('a-b');
  expect(scenarioIdOf('[1]')).toBeNull();
});

test('draft keys differ, and drafts list most recent first', () => {
  expect(newDraftKey(1, 1)).not.toBe(newDraftKey(1, 2));
  const d = (key: string, updatedAt: number) => ({ key, file: `${key}.json`, text: '', updatedAt });
  expect(byRecent([d('a', 1), d('b', 3), d('c', 2)]).map((x) => x.key)).toEqual(['b', 'c', 'a']);
});

test.each([
  ['42', 42],
  [' -7 ', -7],
  ['', undefined],
  ['4x2', undefined],
  ['1e3', undefined],
  ['1234567890123456', undefined],
])('seedOf(%j) = %j', (typed, seed) => {
  expect(seedOf(typed)).toBe(seed);
});
