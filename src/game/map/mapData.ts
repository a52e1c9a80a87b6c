/** From a scenario to what the map draws; a scenario without `map` gets one node per visible metric. */
import { pick, type LoadedScenario, type ScenarioMap } from '../../store';
import type { MapData } from './MapView';

/** A row of metric nodes, for scenarios that bring no map of their own. */
function fallbackMap(loaded: LoadedScenario): ScenarioMap {
  const metrics = loaded.scenario.metrics.filter((m) => m.visible !== false).slice(0, 8);
  const n = metrics.length;
  return {
    nodes: metrics.map((m, i) => ({ id: m.id, label: m.label, kind: 'system' as const, x: n === 1 ? 50 : (100 * i) / (n - 1), y: i % 2 === 0 ? 35 : 65, metric: m.id })),
    links: metrics.slice(1).map((m, i) => ({ from: metrics[i]!.id, to: m.id })),
  };
}

/** The map of a scenario in a language; `hideHidden` keeps hidden metrics' colours neutral (during play). */
export function mapDataOf(loaded: LoadedScenario, lang: string, hideHidden: boolean): MapData {
  const sc = loaded.scenario;
  const map = sc.map && sc.map.nodes.length > 0 ? sc.map : fallbackMap(loaded);
  const labels = Object.fromEntries(map.nodes.map((n) => [n.id, pick(n.label, lang, sc.locales)]));
  const hidden = new Set(hideHidden ? sc.metrics.filter((m) => m.visible === false).map((m) => m.id) : []);
  return { map, metrics: sc.metrics, labels, hidden };
}

/** The initial value of every metric. */
export function initialValues(loaded: LoadedScenario): Record<string, number> {
  return Object.fromEntries(loaded.scenario.metrics.map((m) => [m.id, m.initial]));
}
