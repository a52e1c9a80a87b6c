/** One workshop store per app, created when the workshop screen first opens. */
import type { App } from '../../store';
import { browserStorage } from '../../store';
import { createWorkshopStore, type WorkshopStore } from '../../store';

const stores = new WeakMap<App, WorkshopStore>();

export function workshopOf(app: App): WorkshopStore {
  let ws = stores.get(app);
  if (!ws) {
    ws = createWorkshopStore({ app, storage: browserStorage() });
    stores.set(app, ws);
  }
  return ws;
}
