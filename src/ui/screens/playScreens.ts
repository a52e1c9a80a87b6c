/**
 * The game's own screens (select, briefing, ops room, debrief) are one chunk, not in the first
 * script: main.ts fetches it while the player reads the title.
 */
type PlayScreens = typeof import('./play');

let screens: Promise<PlayScreens> | null = null;

export function loadPlayScreens(): Promise<PlayScreens> {
  screens ??= import('./play').catch((e: unknown) => {
    screens = null; // a failed fetch is tried again by the next screen that opens
    throw e;
  });
  return screens;
}
