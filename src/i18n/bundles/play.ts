/**
 * The strings of play (the game's screens, the check panel, the engine's diagnostics), registered
 * when the title is up: the title itself needs only `common`, and these were most of the first script.
 */
import checkEn from '../../locales/en/check.json' with { type: 'json' };
import diagnosticsEn from '../../locales/en/diagnostics.json' with { type: 'json' };
import gameEn from '../../locales/en/game.json' with { type: 'json' };
import checkFr from '../../locales/fr/check.json' with { type: 'json' };
import diagnosticsFr from '../../locales/fr/diagnostics.json' with { type: 'json' };
import gameFr from '../../locales/fr/game.json' with { type: 'json' };
import { registerStrings } from '../index';

export function registerPlayStrings(): void {
  registerStrings('game', { en: gameEn, fr: gameFr });
  registerStrings('check', { en: checkEn, fr: checkFr });
  registerStrings('diagnostics', { en: diagnosticsEn, fr: diagnosticsFr });
}
