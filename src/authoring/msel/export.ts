/** `msel export`: the scenario's injects as an MSEL sheet in CSV (see columns.ts for the columns). */
import Papa from 'papaparse';
import type { LoadedScenario } from '../../engine';
import { escapeCell, headerOf, rowsOf } from './columns';

/**
 * The CSV text: comma-separated, CRLF line ends (RFC 4180). Cells that a spreadsheet would
 * run as a formula get a leading apostrophe (see escapeCell); import removes it.
 */
export function exportMsel(loaded: LoadedScenario): string {
  const header = headerOf(loaded);
  const rows = rowsOf(loaded).map((r) => header.map((c) => escapeCell(r[c] ?? '')));
  return Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' }) + '\r\n';
}
