/**
 * The UI strings the first script carries: what the title, the game and the check panel need, in
 * both languages (a switch is instant). The namespaces of the screens that load with their code
 * (workshop, live, studio, progress) are registered by those screens (`registerStrings`), so the
 * first script does not carry them (they were about half of it).
 */
import checkEn from '../locales/en/check.json' with { type: 'json' };
import commonEn from '../locales/en/common.json' with { type: 'json' };
import diagnosticsEn from '../locales/en/diagnostics.json' with { type: 'json' };
import gameEn from '../locales/en/game.json' with { type: 'json' };
import checkFr from '../locales/fr/check.json' with { type: 'json' };
import commonFr from '../locales/fr/common.json' with { type: 'json' };
import diagnosticsFr from '../locales/fr/diagnostics.json' with { type: 'json' };
import gameFr from '../locales/fr/game.json' with { type: 'json' };

export const bootResources = {
  en: { common: commonEn, game: gameEn, check: checkEn, diagnostics: diagnosticsEn },
  fr: { common: commonFr, game: gameFr, check: checkFr, diagnostics: diagnosticsFr },
};
