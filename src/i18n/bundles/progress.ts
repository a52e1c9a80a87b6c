/** The progress screen's strings, registered when it loads. */
import progressEn from '../../locales/en/progress.json' with { type: 'json' };
import progressFr from '../../locales/fr/progress.json' with { type: 'json' };
import { registerStrings } from '../index';

export function registerProgressStrings(): void {
  registerStrings('progress', { en: progressEn, fr: progressFr });
}
