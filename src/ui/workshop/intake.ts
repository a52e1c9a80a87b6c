/** Files the workshop takes in, picked or dropped alike: a session file to reopen, a scenario file to play. */
import type { WorkshopStore } from '../../store';
import { readText } from '../files';

const SCENARIO_FORMAT = /^\s*\{[\s\S]*?"format"\s*:\s*"cellule\/scenario@/;

/** A scenario file by its `format` (also when its JSON is broken, so the checker can locate the error). */
export function isScenarioText(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const format = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>).format : undefined;
    return typeof format === 'string' && format.startsWith('cellule/scenario@');
  } catch {
    return SCENARIO_FORMAT.test(text.slice(0, 2000));
  }
}

/** The file's text, or null after telling the facilitator it could not be read. */
export async function readFile(ws: WorkshopStore, file: File): Promise<string | null> {
  try {
    return await readText(file);
  } catch {
    ws.store.setState({ problem: { code: 'unreadable', params: { file: file.name }, file: file.name } });
    return null;
  }
}
