/** Settings and language kept between visits. */
import type { KeyValue } from './storage';
import { LANGUAGES, type Language, type Settings } from './types';

export const SETTINGS_KEY = 'cellule.settings';
export const LANGUAGE_KEY = 'cellule.lang';
export const DEFAULT_SETTINGS: Settings = { muted: false, timerMinutes: 0 };
export const TIMER_CHOICES = [0, 2, 5, 10] as const;

/** The saved settings, defaults for anything missing or malformed. */
export function readSettings(storage: KeyValue): Settings {
  try {
    const v: unknown = JSON.parse(storage.get(SETTINGS_KEY) ?? '{}');
    const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
    return {
      muted: typeof o.muted === 'boolean' ? o.muted : DEFAULT_SETTINGS.muted,
      timerMinutes: (TIMER_CHOICES as readonly unknown[]).includes(o.timerMinutes) ? (o.timerMinutes as number) : DEFAULT_SETTINGS.timerMinutes,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Remember the settings. */
export function writeSettings(storage: KeyValue, settings: Settings): void {
  storage.set(SETTINGS_KEY, JSON.stringify(settings));
}

/** The language the player chose last time, if any. */
export function readLanguage(storage: KeyValue): Language | null {
  const v = storage.get(LANGUAGE_KEY);
  return v !== null && (LANGUAGES as readonly string[]).includes(v) ? (v as Language) : null;
}

/** Remember the chosen language. */
export function writeLanguage(storage: KeyValue, language: Language): void {
  storage.set(LANGUAGE_KEY, language);
}
