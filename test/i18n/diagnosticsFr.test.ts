/** Real diagnostics rendered in French with the real resources: the sentences a French author reads. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostics';
import { compileExpr } from '../../src/engine/expr';
import { loadScenario } from '../../src/engine/load';
import { parseLog } from '../../src/engine/log';
import { minimalScenario } from '../engine/load/minimal';
import { sentence } from './helpers';

/** The diagnostics of the minimal scenario after `change`, as `pointer → French sentence`. */
function french(change: (s: Record<string, any>) => void): Record<string, string> {
  const s = minimalScenario() as Record<string, any>;
  change(s);
  const r = loadScenario(JSON.stringify(s, null, 2));
  if (r.ok) throw new Error('expected the scenario to fail');
  return Object.fromEntries(r.errors.map((d) => [d.pointer, sentence(d, 'fr')]));
}

const symbols = { metrics: new Set(['trust']), flags: new Set(['warned']), decisions: new Set(['scrub']), injects: new Set(['outage']), evidence: new Set(['claim']) };

/** The French sentence of each error of one expression. */
function expr(source: string): string[] {
  const r = compileExpr(source, symbols);
  if (r.ok) throw new Error(`expected ${source} to fail`);
  return r.errors.map((e) => sentence(e, 'fr'));
}

function log(text: string): string[] {
  const r = parseLog(text);
  if (r.ok) throw new Error('expected the log to fail');
  return r.errors.map((d: Diagnostic) => sentence(d, 'fr'));
}

describe('checker messages in French', () => {
  it('sizes and bounds say which rule, with French plurals', () => {
    expect(
      french((s) => {
        s.metrics[1].unit = 'x'.repeat(33);
        s.objectives = [];
        s.evidence[0].likelihood.criminals = 2;
        s.actors[0].prior = 0;
        s.map.nodes[0].x = -1;
      }),
    ).toMatchObject({
      '/metrics/1/unit': 'Trop long : 32 caractères au plus.',
      '/objectives': 'Doit contenir au moins 1 élément.',
      '/evidence/0/likelihood/criminals': 'Doit valoir au plus 1.',
      '/actors/0/prior': 'Doit être strictement supérieur à 0.',
      '/map/nodes/0/x': 'Doit valoir au moins 0.',
    });
  });

  it('formats, keys and effects', () => {
    expect(
      french((s) => {
        s.clock.start = 'yesterday';
        s.title = { EN: 'x', en: 'Mini', fr: 'Mini' };
        s.decisions[0].effects[0] = { metric: 'trust', add: 1, set: 2 };
        s.flags[0].id = 'Warned';
      }),
    ).toMatchObject({
      '/clock/start': 'Date et heure attendues au format ISO 8601, avec le décalage horaire, par exemple « 2024-12-19T08:00:00+01:00 ».',
      '/title/EN': 'La clé « EN » n’est pas un code de langue comme « fr » ou « en ».',
      '/decisions/0/effects/0': 'Un effet sur un indicateur a « add » ou « set », pas les deux.',
      '/flags/0/id': 'Un identifiant commence par une minuscule, suivie uniquement de lettres, de chiffres ou de « _ » (par exemple notifyAnssi).',
    });
  });

  it('rules between values, and the kinds of id with their article', () => {
    expect(
      french((s) => {
        s.metrics[0].initial = 101;
        s.objectives[3].decision = 'scrub';
        s.injects[0].at = 9;
        s.decisions[1].effects[1].reveal = 'trust';
        s.decisions[0].effects[0] = { flg: 'warned', set: true };
      }),
    ).toMatchObject({
      '/metrics/0/initial': '« initial » (101) doit être compris entre « min » (0) et « max » (100).',
      '/objectives/3': 'Un objectif « avoid » a « decision » ou « when », pas les deux.',
      '/injects/0/at': 'Le tour 9 tombe après le dernier tour (4).',
      '/decisions/1/effects/1/reveal': '« trust » désigne un indicateur, pas un indice.',
      '/decisions/0/effects/0': 'Un effet doit avoir une de ces clés : metric, flag, reveal, inject, end. Vouliez-vous dire « flag » ?',
    });
  });

  it('a missing format and an unsupported one', () => {
    expect(french((s) => delete s.format)).toMatchObject({ '/format': 'La clé « format » manque : cette version de Cellule lit « cellule/scenario@1 ».' });
    expect(french((s) => (s.format = 'cellule/scenario@2'))).toEqual({ '/format': 'Format « cellule/scenario@2 » non pris en charge : cette version de Cellule lit « cellule/scenario@1 ».' });
  });

  it('expressions: arity, operators, syntax, kinds', () => {
    expect(expr('clamp(1, 2)')).toEqual(['clamp() attend exactement 3 arguments ; il en a reçu 2.']);
    expect(expr('min()')).toEqual(['min() attend au moins 1 argument ; il en a reçu 0.']);
    expect(expr('trust += 1')).toEqual(['« += » (affectation) n’est pas permis : une expression ne peut pas modifier la partie.']);
    expect(expr('trust & warned')).toEqual(['« & » (et bit à bit) n’est pas permis. Vouliez-vous dire « && » ?']);
    expect(expr('trust.level')).toEqual(['L’accès à un membre (« . ») n’est pas permis ; nommez directement un indicateur, un drapeau ou un identifiant, par exemple trust.']);
    expect(expr('1e999 > trust')).toEqual(['Le nombre 1e999 est trop grand.']);
    expect(expr('trust >')).toEqual(['Il manque un terme après « > ».']);
    expect(expr('(trust + 1')).toEqual(['« ( » est ouverte mais jamais refermée.']);
    expect(expr('trust warned')).toEqual(['Il manque un opérateur avant « warned ».']);
    expect(expr('scrub > 0')).toEqual(['« scrub » est une décision, pas une valeur : utilisez taken(scrub).']);
    expect(expr('found(scrub)')).toEqual(['found() attend un identifiant d’indice, or « scrub » est une décision.']);
    expect(expr('taken(1)')).toEqual(['taken() attend une décision, pas un nombre.']);
    expect(expr('trst > 1')).toEqual(['Dans l’expression, « trst » ne désigne rien de connu (on attend un indicateur, un drapeau ou une variable). Vouliez-vous dire « trust » ?']);
  });

  it('the nesting limit reaches the French sentence through the loader', () => {
    const deep = '('.repeat(65) + '1' + ')'.repeat(65);
    expect(french((s) => (s.injects[1].when = deep))).toMatchObject({ '/injects/1/when': 'Trop de parenthèses imbriquées (plus de 64 niveaux).' });
  });

  it('play logs', () => {
    expect(log('{"format":"cellule/log@1","scenario":"mini","seed":1.5,"turns":[],"extra":1}')).toEqual(['Doit être un nombre entier.', 'Clé inconnue : « extra ».']);
    expect(log('{"format":"cellule/log@1","seed":1}')).toEqual(['Clé manquante : « scenario ».', 'Clé manquante : « turns ».']);
    expect(log('{"format":"cellule/log@1","scenario":"mini","seed":1,"turns":{}}')).toEqual(['Type attendu ici : un tableau.']);
    expect(log('{"format":"cellule/log@2"}')).toEqual(['Format de journal « cellule/log@2 » non pris en charge : cette version de Cellule lit « cellule/log@1 ».']);
    expect(log('{"format"')[0]).toMatch(/^Le fichier n’est pas du JSON valide \(détail, en anglais : « .+ »\)\.$/);
  });

  it('JSON syntax, with the size in French number format', () => {
    const r = loadScenario('{"id": "mini",}');
    expect(!r.ok && r.errors.map((d) => sentence(d, 'fr'))).toEqual(['Virgule en trop.']);
    const q = loadScenario('{"id" "mini"}');
    expect(!q.ok && q.errors.map((d) => sentence(d, 'fr'))).toEqual(['Il manque un deux-points « : » ici.']);
    const big = loadScenario(' '.repeat(1.5 * 1024 * 1024));
    expect(!big.ok && big.errors.map((d) => sentence(d, 'fr'))).toEqual(['Le fichier pèse 1,5 Mo ; la limite est de 1,0 Mo.']);
  });

  it('falls back on the English message for a code it does not know', () => {
    expect(sentence({ code: 'new/code', message: 'something new' }, 'fr')).toBe('something new');
  });
});
