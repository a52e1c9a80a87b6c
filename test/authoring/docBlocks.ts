/** The fenced examples of docs/authoring.md, and how each kind is checked (see the comment at the top of that file). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { analyse } from '../../src/authoring/analyse';
import { locateFindings } from '../../src/authoring/locate';
import { formatDiagnostic } from '../../src/engine/diagnostics';
import { loadScenario } from '../../src/engine/load';

export const DOC = fileURLToPath(new URL('../../docs/authoring.md', import.meta.url));

export interface Block {
  lang: string;
  /** The info string after the language: the kind, and a JSON pointer for mistakes. */
  info: string[];
  body: string;
  /** 1-based line of the opening fence in the guide. */
  line: number;
}

/** Every fenced block of the guide, in order. */
export function blocks(text = readFileSync(DOC, 'utf8')): Block[] {
  const out: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    out.push({ lang: open[1]!, info: open[2]!.split(/\s+/).filter(Boolean), body: body.join('\n'), line: start + 1 });
  }
  return out;
}

/** The example with the value at `pointer` replaced, as text: the rest keeps the guide's layout (so lines match). */
export function patched(example: string, pointer: string, value: string): string {
  const path = pointer.slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const node = findNodeAtLocation(parseTree(example)!, path);
  if (!node) throw new Error(`no value at ${pointer}`);
  return example.slice(0, node.offset) + value.trim() + example.slice(node.offset + node.length);
}

/** What `check` prints for a text named scenario.json: its errors, or its warnings when it loads. */
export function checkerLines(text: string): string[] {
  const r = loadScenario(text, 'scenario.json');
  return (r.ok ? r.warnings : r.errors).map(formatDiagnostic);
}

export const ANALYSIS_RUNS = 500;

/** The findings `analyse --runs 500` prints for a text named scenario.json. */
export async function analyserLines(text: string): Promise<string[]> {
  const r = loadScenario(text, 'scenario.json');
  if (!r.ok) return r.errors.map(formatDiagnostic);
  const report = await analyse(r.value, { runs: ANALYSIS_RUNS, seed: 1 });
  return locateFindings(report.findings, text, 'scenario.json').map(formatDiagnostic);
}
