/** Cellule in the browser: styles, language, store, the DOM shell; Phaser and the engine load later. */
import './ui/styles/index.css';
import { createStage } from './game';
import { initI18n } from './i18n';
import { browserStorage, bundledCatalog, createApp, parseParams, readLanguage, reopensOnLoad } from './store';
import { registerSW } from 'virtual:pwa-register';
import { loadPlayScreens, loadPlayStrings, mountApp, offerUpdate, openPlaytest } from './ui';

const storage = browserStorage();
const params = parseParams(window.location.search, window.location.hash);
const language = initI18n(params.lang ?? readLanguage(storage));
const app = createApp({ storage, catalog: bundledCatalog, language });
mountApp(document.getElementById('app')!, app, createStage(app));
// The game's screens and strings are not in the first script: fetched once the title is painted,
// while the player reads it (a screen opened sooner waits for them).
requestAnimationFrame(() =>
  setTimeout(() => {
    void loadPlayStrings();
    void loadPlayScreens();
  }),
);
if (params.live) {
  // A console link carries its key in the fragment: take it out of the address bar (and the history) at once.
  if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
  if (params.lang) app.actions.setLanguage(params.lang);
  app.actions.openLive(params.live);
} else if (params.studio) {
  if (params.lang) app.actions.setLanguage(params.lang);
  app.actions.goTo('studio');
} else if (params.playtest) {
  if (params.lang) app.actions.setLanguage(params.lang);
  void openPlaytest(app, params.playtest, params.seed);
} else if (params.progress) {
  if (params.lang) app.actions.setLanguage(params.lang);
  void app.actions.openProgress();
} else if (params.scenario !== undefined) void app.actions.launch(params);
else if (params.lang) app.actions.setLanguage(params.lang);
// A workshop in progress survives a reload: the room comes back to it (unless it left it for the title screen).
if (!params.live && !params.studio && !params.progress && !params.playtest && params.scenario === undefined && reopensOnLoad(storage)) app.actions.goTo('workshop');
// Offline after one visit (the service worker precaches the game); a new version waits for the player's word.
const updateSW = registerSW({ onNeedRefresh: () => offerUpdate(() => void updateSW(true)) });
