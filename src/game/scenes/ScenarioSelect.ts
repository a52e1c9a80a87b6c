/** Scenario select: a preview of the selected scenario's map at its starting values. */
import type { App } from '../../store';
import { initialValues, mapDataOf } from '../map/mapData';
import type { MapView } from '../map/MapView';
import { MapScene } from './MapScene';

/** The scenario list's map preview. */
export class ScenarioSelect extends MapScene {
  constructor(app: App) {
    super('ScenarioSelect', app, { animate: false, labels: true });
  }

  protected bind(view: MapView): () => void {
    let key: unknown = null;
    const render = () => {
      const { scenarios, selected, language } = this.app.store.getState();
      const loaded = scenarios?.find((x) => x.key === selected)?.loaded;
      const next = `${selected}|${language}|${loaded?.hash}`;
      if (next === key) return;
      key = next;
      if (loaded) view.setData(mapDataOf(loaded, language, true), initialValues(loaded));
      else view.clear();
    };
    render();
    return this.app.store.subscribe(render);
  }
}
