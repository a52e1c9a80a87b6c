/** The game's UI strings as tests read them: each language's namespaces merged into one tree (groups are unique). */
import { resources } from '../../src/i18n/resources';

type Merged = (typeof resources)['en']['common'] & (typeof resources)['en']['game'] & (typeof resources)['en']['check'] & (typeof resources)['en']['diagnostics'];

function merged(lang: 'en' | 'fr'): Merged {
  const { common, game, check, diagnostics } = resources[lang];
  return { ...common, ...game, ...check, ...diagnostics } as Merged;
}

export const en = merged('en');
export const fr = merged('fr');
