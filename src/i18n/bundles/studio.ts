/** The studio's strings, registered when the studio loads. */
import studioEn from '../../locales/en/studio.json' with { type: 'json' };
import studioFr from '../../locales/fr/studio.json' with { type: 'json' };
import { registerStrings } from '../index';

export function registerStudioStrings(): void {
  registerStrings('studio', { en: studioEn, fr: studioFr });
}
