/** Cellule in the browser: styles, language, store, the DOM shell; Phaser and the engine load later. */
import './ui/styles/index.css';
import { createStage } from './game';
import { initI18n } from './i18n';
import { browserStorage, bundledCatalog, createApp, parseParams, readLanguage, reopensOnLoad } from './store';
import { mountApp } from './ui';

const storage = browserStorage();
const params = parseParams(window.location.search);
const language = initI18n(params.lang ?? readLanguage(storage));
const app = createApp({ storage, catalog: bundledCatalog, language });
mountApp(document.getElementById('app')!, app, createStage(app));
if (params.scenario !== undefined) void app.actions.launch(params);
else if (params.lang) app.actions.setLanguage(params.lang);
// A workshop in progress survives a reload: the room comes back to it (unless it left it for the title screen).
if (params.scenario === undefined && reopensOnLoad(storage)) app.actions.goTo('workshop');
