/** Scenario text in the current language; the engine's picker, imported alone (no zod, no checker). */
import { textOf } from '../engine/text';
import type { Text } from '../engine/schema';

/** The text in `lang`, else the scenario's first locale, else any translation. */
export function pick(text: Text | undefined, lang: string, locales: readonly string[] = []): string {
  return text === undefined ? '' : textOf(text, lang, locales);
}
