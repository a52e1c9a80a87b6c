/** The text of a scenario to check: a custom file's own text, or a bundled file's through the catalog. */
import { bundledCatalog, type ScenarioEntry } from '../../store';

export interface CheckSource {
  text: string;
  file: string;
}

export async function checkSource(entry: ScenarioEntry): Promise<CheckSource | null> {
  if (entry.source.kind === 'custom') return { text: entry.source.text, file: entry.source.file };
  const text = await bundledCatalog.text(entry.source.id);
  return text === null ? null : { text, file: `${entry.source.id}.json` };
}
