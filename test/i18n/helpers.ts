/** i18next with the game's real resources, under Node, and the diagnostic texts it renders. */
import i18next from 'i18next';
import type { Diagnostic } from '../../src/engine/diagnostics';
import { NAMESPACES, resources } from '../../src/i18n/resources';
import { diagnosticSentence, type Translator } from '../../src/ui/diagnosticSentence';

export type Lang = 'en' | 'fr';

/** A translator for one language, configured as the game's (`src/i18n/index.ts`), without the DOM. */
export function translator(lng: Lang): Translator {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    lng,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
  return { t: (key, options) => t(key, options ?? {}), has: (key) => i18n.exists(key) };
}

const translators = { en: translator('en'), fr: translator('fr') };

/** The sentence the problem panel shows for `d` in `lng`. */
export const sentence = (d: Pick<Diagnostic, 'code' | 'message' | 'params'>, lng: Lang): string => diagnosticSentence(d, translators[lng]);

/** `{ 'a.b': 'text' }` for a nested resource tree. */
export function flatten(tree: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
  }
  return out;
}
