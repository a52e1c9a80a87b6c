/** The workshop's English and French strings, and a plain translator for Node (CLI, tests) without i18next. */
import en from './en.json';
import fr from './fr.json';
import type { Translate, WorkshopKey } from './keys';

export * from './keys';

/** Resources to add to i18next: `i18next.addResourceBundle(lang, WORKSHOP_NAMESPACE, workshopResources[lang])`. */
export const workshopResources = { en, fr } as const;

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translator over the bundled strings (i18next's `{{name}}` interpolation, no escaping); unknown keys come back as the key. */
export function plainTranslator(lang: 'en' | 'fr'): Translate {
  return (key: WorkshopKey, params = {}) => {
    const template = lookup(workshopResources[lang], key) ?? lookup(workshopResources.en, key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
