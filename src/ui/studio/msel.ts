/** The MSEL bridge in the studio: the draft's injects out as a spreadsheet, an edited sheet back in (the CLI's checks). */
import { exportMsel, importMsel, type MselChange } from '../../authoring';
import type { Diagnostic } from '../../store';
import { loadEngine } from '../../store';

/** The sheet of a draft that loads, or the reason it cannot be exported. */
export async function mselOf(text: string, file: string): Promise<{ ok: true; csv: string } | { ok: false }> {
  const r = (await loadEngine()).loadScenario(text, file);
  return r.ok ? { ok: true, csv: exportMsel(r.value) } : { ok: false };
}

/** The draft with the sheet applied, and what changed; or the sheet's located errors. */
export function applyMsel(text: string, csv: string, files: { scenario: string; csv: string }): { ok: true; text: string; changes: MselChange[] } | { ok: false; errors: Diagnostic[] } {
  const r = importMsel(text, csv, files);
  return r.ok ? { ok: true, text: r.value.text, changes: r.value.changes } : { ok: false, errors: r.errors };
}

/** The sheet's file name for a draft: `<name>-msel.csv`. */
export const mselFileName = (file: string): string => `${file.replace(/\.jsonc?$/i, '')}-msel.csv`;
