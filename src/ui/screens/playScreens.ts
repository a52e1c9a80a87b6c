/**
 * The game's own screens (select, briefing, ops room, debrief) are one chunk, not in the first
 * script: main.ts fetches it while the player reads the title.
 */
import { sharedLoad } from '../sharedLoad';

export const loadPlayScreens = sharedLoad(() => import('./play'));
