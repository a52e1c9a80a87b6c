/** Every object-form Text carries each of the scenario's locales; other languages are flagged. */
import { error, hasOwn, isRecord, quoteList, warning, type Finding } from './finding';
import { walkScenario } from './schemaNav';

/** Check every Text in `root` against `locales` (the scenario's, when valid). */
export function checkTexts(root: unknown, locales: readonly string[], out: Finding[]): void {
  const wanted = new Set(locales);
  walkScenario(root, {
    text(value, path) {
      if (!isRecord(value)) return;
      const missing = locales.filter((l) => !hasOwn(value, l));
      if (missing.length > 0) {
        const noun = missing.length === 1 ? 'translation' : 'translations';
        out.push(error('text/missing-locale', `missing the ${quoteList(missing, 'and')} ${noun}`, path, { locales: missing.join(', ') }));
      }
      for (const key of Object.keys(value)) {
        if (wanted.has(key)) continue;
        const message = `${JSON.stringify(key)} is not one of the scenario's locales (${quoteList(locales, 'and')})`;
        out.push({ ...warning('text/extra-locale', message, [...path, key], { locale: key }), onKey: true });
      }
    },
    expression() {},
  });
}
