/**
 * Compiled by `tsc` (npm test's typecheck), never run: proves an unknown or misspelt UI key fails
 * to compile. If a line below stopped being an error, its `@ts-expect-error` would itself fail.
 */
import { t } from '../../src/i18n';

export function typedKeys(): string[] {
  return [
    t('game:briefing.start'),
    t('workshop:ui.setup.heading'),
    // @ts-expect-error: no such key
    t('game:briefing.strat'),
    // @ts-expect-error: the key exists, but in another namespace
    t('common:briefing.start'),
    // @ts-expect-error: no such namespace
    t('gmae:briefing.start'),
  ];
}
