/**
 * The strings of play (game, check, diagnostics) load in their own chunk once the title is up
 * (main.ts starts it); every screen and panel that shows them waits for it, which on a served or
 * cached page is a few milliseconds at most.
 */
import { sharedLoad } from './sharedLoad';

let ready = false;

export const loadPlayStrings = sharedLoad(async () => {
  (await import('../i18n/bundles/play')).registerPlayStrings();
  ready = true;
});

/** Run `show` at once when the strings of play are there, else as soon as they are. */
export function withPlayStrings(show: () => void): void {
  if (ready) show();
  else void loadPlayStrings().then(show);
}
