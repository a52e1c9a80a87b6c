/** The scenarios bundled with the game: their ids are known at build time, their text loads lazily. */
import type { ScenarioSource } from './types';

export interface ScenarioCatalog {
  /** Ids of the bundled scenarios, in display order. */
  ids(): string[];
  /** The JSON text of one bundled scenario, or null if there is no such id. */
  text(id: string): Promise<string | null>;
}

const files = import.meta.glob('../../scenarios/*.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** Preferred order: the tutorial first, then the flagship; anything else after, alphabetically. */
const ORDER = ['tutorial', 'la-poste-ddos', 'ministere-interieur-messagerie', 'ferry-corse-rat', 'semaine-hybride'];

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

function rank(id: string): number {
  const i = ORDER.indexOf(id);
  return i === -1 ? ORDER.length : i;
}

/** The catalog of `scenarios/*.json`, as Vite bundles it. */
export const bundledCatalog: ScenarioCatalog = {
  ids: () =>
    Object.keys(files)
      .map(idOf)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)),
  text: async (id) => {
    const entry = Object.entries(files).find(([path]) => idOf(path) === id);
    return entry ? entry[1]() : null;
  },
};

/** The file name a bundled scenario is checked and located under. */
export const bundledFile = (id: string): string => `scenarios/${id}.json`;

/** A listed scenario's file (its text and name), for a worker that loads it again; null when a bundled one is missing. */
export async function sourceFile(catalog: ScenarioCatalog, source: ScenarioSource): Promise<{ text: string; file: string } | null> {
  if (source.kind === 'custom') return { text: source.text, file: source.file };
  const text = await catalog.text(source.id);
  return text === null ? null : { text, file: bundledFile(source.id) };
}

/** A catalog over given texts, for tests. */
export function memoryCatalog(texts: Record<string, string>): ScenarioCatalog {
  return { ids: () => Object.keys(texts), text: async (id) => texts[id] ?? null };
}
