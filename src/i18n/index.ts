/** i18next for the UI strings, English and French, detected from the browser unless chosen. */
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { bootResources } from './boot';
import { NAMESPACES, type Namespace } from './namespaces';
import type { Strings } from './resources';
import './types';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** Initialise synchronously; `preferred` (URL or saved choice) wins over detection. Returns the language in use. */
export function initI18n(preferred: Language | null | undefined): Language {
  void i18next.use(LanguageDetector).init({
    resources: bootResources,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    supportedLngs: LANGUAGES as Language[],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: { order: ['navigator', 'htmlTag'], caches: [] },
    ...(preferred ? { lng: preferred } : {}),
  });
  const lang = currentLanguage();
  document.documentElement.lang = lang;
  return lang;
}

/** The strings of a namespace that loads with its screen, in both languages; registering twice is harmless. */
export function registerStrings<N extends Namespace>(ns: N, bundles: { en: Strings[N]; fr: Strings[N] }): void {
  for (const lang of LANGUAGES) if (!i18next.hasResourceBundle(lang, ns)) i18next.addResourceBundle(lang, ns, bundles[lang]);
}

/** The language i18next resolved to, narrowed to ours. */
export function currentLanguage(): Language {
  const l = i18next.resolvedLanguage ?? i18next.language ?? 'en';
  return l.startsWith('fr') ? 'fr' : 'en';
}

/** Switch the UI language (the store keeps the choice; this follows it). */
export function changeLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/**
 * Translate a typed UI key (`ns:group.key`). Values in `options` are inserted as text, never as markup:
 * views put the result in text nodes or lit-html bindings, which escape.
 */
export const t = ((...args: unknown[]) => (i18next.t as unknown as (...a: unknown[]) => string)(...args)) as unknown as typeof i18next.t;

/**
 * Translate a key computed at run time from a code we may not know (engine diagnostics, findings):
 * callers check `has` first and fall back on the engine's English message.
 */
export function tDynamic(key: string, options: Record<string, unknown> = {}): string {
  return (i18next.t as unknown as (k: string, o: Record<string, unknown>) => string)(key, options);
}

/** True when the key exists (to translate engine codes we know and fall back on the rest). */
export function has(key: string): boolean {
  return i18next.exists(key);
}

export { NAMESPACES, type Namespace } from './namespaces';
export type { Strings } from './resources';
export * from './format';
