/**
 * The UI strings the first script carries: only what the title screen needs, in both languages
 * (a switch is instant). Every other namespace loads with its code: the strings of play right
 * after the title is up (`loadPlayStrings` in src/ui/playStrings.ts), the workshop's, the live
 * workshop's, the studio's and the progress screen's with their screens (`registerStrings`).
 */
import commonEn from '../locales/en/common.json' with { type: 'json' };
import commonFr from '../locales/fr/common.json' with { type: 'json' };

export const bootResources = {
  en: { common: commonEn },
  fr: { common: commonFr },
};
