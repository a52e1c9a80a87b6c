/** The workshop's UI strings live in the `workshop` i18next namespace (src/workshop/i18n/*.json). */
import type { TOptions } from 'i18next';
import { t } from '../../i18n';
import type { Translate } from '../../workshop';

/** Translate a workshop UI key (`ui.…`). */
export function wt(key: string, options: TOptions = {}): string {
  return t(key, { ns: 'workshop', ...options });
}

/** The workshop core's translator for reports, in the given language (the renderers escape). */
export function reportTranslator(lang: string): Translate {
  return (key, params = {}) => t(key, { ns: 'workshop', lng: lang, ...params, interpolation: { escapeValue: false } });
}
