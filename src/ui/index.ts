/** The DOM views' public entry, for the app shell (src/main.ts). */
export { mountApp } from './app';
export { offerUpdate } from './update';
export { openPlaytest } from './studio/playtestTab';
export { loadPlayStrings } from './playStrings';
export { loadPlayScreens } from './screens/playScreens';
