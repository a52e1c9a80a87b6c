/** Picking one language out of a scenario `Text`. */
import type { Text } from './schema';

/** The text in `locale`, else in the scenario's first locale, else any translation. */
export function textOf(text: Text, locale: string, scenarioLocales: readonly string[] = []): string {
  if (typeof text === 'string') return text;
  const exact = text[locale];
  if (exact !== undefined) return exact;
  const base = text[locale.split('-')[0] ?? ''];
  if (base !== undefined) return base;
  for (const l of scenarioLocales) {
    const t = text[l];
    if (t !== undefined) return t;
  }
  for (const t of Object.values(text)) return t;
  return '';
}
