/** A decorative network for the title screen's backdrop (no scenario needed). */
import type { ScenarioMap } from '../../store';
import type { MapData } from './MapView';

const NODES: ScenarioMap['nodes'] = [
  { id: 'a', label: '', kind: 'attacker', x: 4, y: 30 },
  { id: 'b', label: '', kind: 'attacker', x: 8, y: 78 },
  { id: 'f', label: '', kind: 'filter', x: 30, y: 52 },
  { id: 's', label: '', kind: 'service', x: 55, y: 24 },
  { id: 'y', label: '', kind: 'system', x: 58, y: 76 },
  { id: 'p', label: '', kind: 'people', x: 82, y: 46 },
  { id: 'g', label: '', kind: 'authority', x: 96, y: 14 },
  { id: 'h', label: '', kind: 'site', x: 94, y: 86 },
];

const LINKS: ScenarioMap['links'] = [
  { from: 'a', to: 'f' },
  { from: 'b', to: 'f' },
  { from: 'f', to: 's' },
  { from: 'f', to: 'y' },
  { from: 's', to: 'p' },
  { from: 'y', to: 'p' },
  { from: 's', to: 'g' },
  { from: 'y', to: 'h' },
];

export const AMBIENT: MapData = { map: { nodes: NODES, links: LINKS }, metrics: [], labels: {}, hidden: new Set() };
