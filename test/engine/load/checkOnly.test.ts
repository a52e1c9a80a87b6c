/** The checker alone (`checkScenario`, the studio's live check) says exactly what `loadScenario` says. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario, loadScenario } from '../../../src/engine/load';

const BAD = new URL('../../fixtures/bad/', import.meta.url);
const SCENARIOS = new URL('../../../scenarios/', import.meta.url);

const files = [
  ...readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).map((f) => ({ name: f, text: readFileSync(new URL(f, SCENARIOS), 'utf8') })),
  ...readdirSync(BAD).map((f) => ({ name: `bad/${f}`, text: readFileSync(new URL(f, BAD), 'utf8') })),
];

describe('checkScenario', () => {
  it.each(files)('$name: the same verdict and diagnostics as loadScenario', ({ name, text }) => {
    const loaded = loadScenario(text, name);
    expect(checkScenario(text, name)).toEqual({ ok: loaded.ok, diagnostics: loaded.ok ? loaded.warnings : loaded.errors });
  });

  it('a bundled scenario broken one way at a time: still the same', () => {
    const text = readFileSync(new URL('la-poste-ddos.json', SCENARIOS), 'utf8');
    const broken = [text.slice(0, 5000), text.replace('"when": "', '"when": "(( '), text.replace('"locales"', '"locale"'), '\ufeff' + text, text.replace(/"initial": \d+/, '"initial": 1e9')];
    let failures = 0;
    for (const t of broken) {
      const loaded = loadScenario(t, 'x.json');
      if (!loaded.ok) failures++;
      expect(checkScenario(t, 'x.json')).toEqual({ ok: loaded.ok, diagnostics: loaded.ok ? loaded.warnings : loaded.errors });
    }
    expect(failures).toBeGreaterThanOrEqual(3);
  });

  it('all: every diagnostic, where the default stops at the first 200 with a note', () => {
    // A language declared and written nowhere: every Text of the flagship misses it.
    const text = readFileSync(new URL('la-poste-ddos.json', SCENARIOS), 'utf8').replace('"locales": [', '"locales": ["de", ');
    const capped = checkScenario(text, 'x.json').diagnostics;
    const all = checkScenario(text, 'x.json', { all: true }).diagnostics;
    expect(capped).toHaveLength(201);
    expect(capped.at(-1)!.code).toBe('load/too-many');
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((d) => d.code === 'load/too-many')).toBe(false);
    expect(all.slice(0, 200)).toEqual(capped.slice(0, 200));
  });
});
