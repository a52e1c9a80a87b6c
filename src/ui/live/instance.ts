/** One live store per app, created when a live screen first opens; the page's own origin is the live server. */
import { browserStorage, createLiveStore, loadEngine, type App, type LiveStore } from '../../store';

const stores = new WeakMap<App, LiveStore>();

export function liveOf(app: App): LiveStore {
  let live = stores.get(app);
  if (!live) {
    live = createLiveStore({
      storage: browserStorage(),
      endpoint: window.location.origin,
      findScenario: async (id, hash) => (await app.actions.ensureScenarios()).find((x) => x.loaded?.scenario.id === id && x.loaded.hash === hash)?.loaded ?? null,
      loadText: async (text) => {
        const r = (await loadEngine()).loadScenario(text);
        return r.ok ? r.value : null;
      },
    });
    stores.set(app, live);
  }
  return live;
}

/** The address a team device opens to join room `code` (the page's own address, with `?join=`). */
export function joinUrl(code: string): string {
  const url = new URL(window.location.pathname, window.location.origin);
  url.searchParams.set('join', code);
  return url.href;
}

/** The projector's address for room `code`. */
export function projectorUrl(code: string): string {
  const url = new URL(window.location.pathname, window.location.origin);
  url.searchParams.set('projector', code);
  return url.href;
}

/** The console's address with its key in the fragment, to move the console to another device. */
export function consoleUrl(code: string, key: string): string {
  const url = new URL(window.location.pathname, window.location.origin);
  url.searchParams.set('console', code);
  url.hash = `key=${key}`;
  return url.href;
}
