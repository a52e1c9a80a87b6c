/**
 * Every UI string: one JSON file per language and namespace in `src/locales` (data, importable by
 * any layer). The types and the tests read it; the app registers them in parts (boot.ts, `registerStrings`).
 */
import checkEn from '../locales/en/check.json' with { type: 'json' };
import commonEn from '../locales/en/common.json' with { type: 'json' };
import diagnosticsEn from '../locales/en/diagnostics.json' with { type: 'json' };
import gameEn from '../locales/en/game.json' with { type: 'json' };
import liveEn from '../locales/en/live.json' with { type: 'json' };
import progressEn from '../locales/en/progress.json' with { type: 'json' };
import studioEn from '../locales/en/studio.json' with { type: 'json' };
import workshopEn from '../locales/en/workshop.json' with { type: 'json' };
import checkFr from '../locales/fr/check.json' with { type: 'json' };
import commonFr from '../locales/fr/common.json' with { type: 'json' };
import diagnosticsFr from '../locales/fr/diagnostics.json' with { type: 'json' };
import gameFr from '../locales/fr/game.json' with { type: 'json' };
import liveFr from '../locales/fr/live.json' with { type: 'json' };
import progressFr from '../locales/fr/progress.json' with { type: 'json' };
import studioFr from '../locales/fr/studio.json' with { type: 'json' };
import workshopFr from '../locales/fr/workshop.json' with { type: 'json' };

export { NAMESPACES, type Namespace } from './namespaces';

export const resources = {
  en: { common: commonEn, game: gameEn, check: checkEn, diagnostics: diagnosticsEn, workshop: workshopEn, live: liveEn, studio: studioEn, progress: progressEn },
  fr: { common: commonFr, game: gameFr, check: checkFr, diagnostics: diagnosticsFr, workshop: workshopFr, live: liveFr, studio: studioFr, progress: progressFr },
} as const;

/** The English strings' shape, by namespace: French must match it (a parity test checks). */
export type Strings = (typeof resources)['en'];
