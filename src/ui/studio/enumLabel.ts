/** A code of the format (a category, a channel, an aggregate…) as an author reads it in a form: its words, then the code the file holds. */
import { has, t, tDynamic } from '../../i18n';

/** The words for `code` of the field named `key`, if we have them. */
function words(key: string, code: string): string | null {
  switch (key) {
    case 'category':
      return tDynamic(`common:category.${code}`);
    case 'channel':
      return tDynamic(`common:channel.${code}`);
    case 'difficulty':
      return tDynamic(`common:difficulty.${code}`);
    case 'aggregate':
    case 'good':
    case 'kind':
    case 'outcome':
    case 'type': {
      const k = `studio:forms.enum.${key}.${code}`;
      return has(k) ? tDynamic(k) : null;
    }
    default:
      return null;
  }
}

/** "Containment (containment)", or the code alone when there are no other words for it. */
export function enumLabel(key: string, code: string): string {
  const w = words(key, code);
  return w && w.toLowerCase() !== code.toLowerCase() ? t('studio:forms.enumOption', { words: w, code }) : code;
}
