/** The game's own screens, one chunk loaded while the player reads the title (`loadPlayScreens`). */
export { mountBriefing } from './briefing';
export { mountDebrief } from './debrief';
export { mountOps } from './ops';
export { mountSelect } from './select';
