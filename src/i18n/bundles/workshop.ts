/** The workshop's and the live workshop's strings, registered when either screen loads (each uses the other's). */
import liveEn from '../../locales/en/live.json' with { type: 'json' };
import workshopEn from '../../locales/en/workshop.json' with { type: 'json' };
import liveFr from '../../locales/fr/live.json' with { type: 'json' };
import workshopFr from '../../locales/fr/workshop.json' with { type: 'json' };
import { registerStrings } from '../index';

export function registerWorkshopStrings(): void {
  registerStrings('workshop', { en: workshopEn, fr: workshopFr });
  registerStrings('live', { en: liveEn, fr: liveFr });
}
