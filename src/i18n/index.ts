/** i18next for the UI strings, English and French, detected from the browser unless chosen. */
import i18next, { type TOptions } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { en } from './en';
import { fr } from './fr';
import { WORKSHOP_NAMESPACE, workshopResources } from '../workshop/i18n';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** Initialise synchronously; `preferred` (URL or saved choice) wins over detection. Returns the language in use. */
export function initI18n(preferred: Language | null | undefined): Language {
  void i18next.use(LanguageDetector).init({
    resources: {
      en: { translation: en, [WORKSHOP_NAMESPACE]: workshopResources.en },
      fr: { translation: fr, [WORKSHOP_NAMESPACE]: workshopResources.fr },
    },
    // The workshop's own screen name (`screen.workshop`) lives in its namespace.
    fallbackNS: WORKSHOP_NAMESPACE,
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

/** Translate a UI key. Values in `options` are inserted as text, never as markup. */
export function t(key: string, options: TOptions = {}): string {
  return i18next.t(key, options) as string;
}

/** True when the key exists (to translate engine codes we know and fall back on the rest). */
export function has(key: string): boolean {
  return i18next.exists(key);
}

export * from './format';
export type { Resources } from './en';
