/** Scenario text in the current language; the engine's picker, imported alone (no zod, no checker). */
import { type Text, textOf } from '../engine';

/** The text in `lang`, else the scenario's first locale, else any translation. */
export function pick(text: Text | undefined, lang: string, locales: readonly string[] = []): string {
  return text === undefined ? '' : textOf(text, lang, locales);
}
