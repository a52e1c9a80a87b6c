/**
 * The strings the workshop core writes into its reports (namespace `workshop` in `src/locales`),
 * typed from the English file so a misspelt key fails `tsc`; the browser's own `ui.…` strings
 * share the namespace but are not the core's.
 */
import en from '../locales/en/workshop.json' with { type: 'json' };
import fr from '../locales/fr/workshop.json' with { type: 'json' };

type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];

/** A key of the core's strings. */
export type WorkshopKey = Exclude<Leaves<typeof en>, `ui.${string}`>;

/** A translator for workshop keys, e.g. i18next's `workshop` namespace; params are inserted as plain text. */
export type Translate = (key: WorkshopKey, params?: Record<string, string | number>) => string;

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translator over the bundled strings for Node (CLI, server, tests): `{{name}}` filled once, as text; unknown keys come back as the key. */
export function plainTranslator(lang: 'en' | 'fr'): Translate {
  const strings = lang === 'fr' ? fr : en;
  return (key, params = {}) => {
    const template = lookup(strings, key) ?? lookup(en, key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  };
}
