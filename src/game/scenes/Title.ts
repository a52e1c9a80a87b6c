/** Title: a quiet animated network behind the menu (decorative). */
import type { App } from '../../store';
import { AMBIENT } from '../map/ambient';
import type { MapView } from '../map/MapView';
import { MapScene } from './MapScene';

/** The title screen's backdrop. */
export class Title extends MapScene {
  constructor(app: App) {
    super('Title', app, { animate: false, labels: false, dim: 0.55 });
  }

  protected bind(view: MapView): () => void {
    view.setData(AMBIENT, {});
    return () => {};
  }
}
