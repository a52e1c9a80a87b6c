/** Briefing: the scenario's map at the start of the game, labelled. */
import type { App } from '../../store';
import { mapDataOf } from '../map/mapData';
import type { MapView } from '../map/MapView';
import { MapScene } from './MapScene';

/** The briefing's map preview. */
export class Briefing extends MapScene {
  constructor(app: App) {
    super('Briefing', app, { animate: false, labels: true });
  }

  protected bind(view: MapView): () => void {
    let key: unknown = null;
    const render = () => {
      const { session, language } = this.app.store.getState();
      if (!session || `${session.loaded.hash}|${language}` === key) return;
      key = `${session.loaded.hash}|${language}`;
      view.setData(mapDataOf(session.loaded, language, true), session.state.metrics);
    };
    render();
    return this.app.store.subscribe(render);
  }
}
