/** The workshop core's translator for its reports: i18next's `workshop` namespace, in the report's language. */
import { tDynamic } from '../../i18n';
import type { Translate } from '../../workshop';

/** The workshop core's translator for reports, in the given language (the renderers escape). */
export function reportTranslator(lang: string): Translate {
  return (key, params = {}) => tDynamic(`workshop:${key}`, { lng: lang, ...params, interpolation: { escapeValue: false } });
}
