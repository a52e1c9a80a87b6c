/** The check panel's finding texts (src/ui/check/findingText.ts): each names only what the analyser's finding carries. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/authoring/analyse';
import type { AnalysisFinding } from '../../src/authoring/report';
import { en, fr } from '../i18n/strings';
import { fixture, FIXTURES } from './helpers';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('finding texts in the game', () => {
  it('use in French and English the same placeholders, all filled by the findings the fixtures plant', async () => {
    const found: AnalysisFinding[] = [];
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
      found.push(...(await analyse(fixture(file.replace(/\.json$/, '')), { runs: 300, seed: 1 })).findings);
    }
    const codes = new Set(found.map((f) => f.code));
    // The fixtures plant at least these; every code they produce must be translated.
    for (const c of ['decision-never-legal', 'inject-never-fired', 'rule-never-fires', 'ending-never-reached', 'dominant-decision', 'evidence-uninformative']) expect(codes).toContain(c);
    for (const f of found) {
      const english = en.check.finding[f.code];
      const french = fr.check.finding[f.code];
      expect(placeholders(french), f.code).toEqual(placeholders(english));
      // `best` comes from the report, the rest from the finding's own params.
      for (const name of placeholders(english)) expect([...Object.keys(f.params), 'best'], `${f.code}: {{${name}}}`).toContain(name);
    }
  });
});
