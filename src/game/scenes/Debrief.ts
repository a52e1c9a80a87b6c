/** Debrief: the map as the game left it, hidden metrics revealed. */
import type { App } from '../../store';
import { mapDataOf } from '../map/mapData';
import type { MapView } from '../map/MapView';
import { MapScene } from './MapScene';

/** The debrief's final map. */
export class Debrief extends MapScene {
  constructor(app: App) {
    super('Debrief', app, { animate: true, labels: true });
  }

  protected bind(view: MapView): () => void {
    let key: unknown = null;
    const render = () => {
      const { session, language } = this.app.store.getState();
      if (!session || `${session.state.seed}|${session.loaded.hash}|${language}` === key) return;
      key = `${session.state.seed}|${session.loaded.hash}|${language}`;
      const initial = Object.fromEntries(session.loaded.scenario.metrics.map((m) => [m.id, m.initial]));
      view.setData(mapDataOf(session.loaded, language, false), initial);
      view.setValues(session.state.metrics);
    };
    render();
    return this.app.store.subscribe(render);
  }
}
