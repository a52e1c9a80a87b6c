/** A live problem's code as a sentence; an unknown code (from a newer server) still reads as one. */
import { has, t, tDynamic } from '../../i18n';

export function problemText(code: string): string {
  const key = `live:problem.${code.replace('/', '_')}`;
  return has(key) ? tDynamic(key) : t('live:problem.other', { code });
}
