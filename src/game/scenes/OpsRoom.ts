/** Ops room: the live situation picture; when a turn resolves, values ease to their new level and changed nodes pulse. */
import type { App } from '../../store';
import { mapDataOf } from '../map/mapData';
import type { MapView } from '../map/MapView';
import { MapScene } from './MapScene';

/** The ops room's live map. */
export class OpsRoom extends MapScene {
  constructor(app: App) {
    super('OpsRoom', app, { animate: true, labels: true });
  }

  protected bind(view: MapView): () => void {
    let shownFor: unknown = null;
    let lang = '';
    let values: unknown = null;
    const render = () => {
      const { session, language } = this.app.store.getState();
      if (!session) return;
      if (session.loaded !== shownFor) {
        shownFor = session.loaded;
        lang = language;
        values = session.state.metrics;
        // Start from the values before the last turn, so the change animates on arrival.
        view.setData(mapDataOf(session.loaded, language, true), session.last?.before.metrics ?? session.state.metrics);
        view.setValues(session.state.metrics);
        return;
      }
      if (language !== lang) {
        lang = language;
        view.setLabels(mapDataOf(session.loaded, language, true).labels);
      }
      if (session.state.metrics !== values) {
        values = session.state.metrics;
        view.setValues(session.state.metrics);
      }
    };
    render();
    return this.app.store.subscribe(render);
  }
}
