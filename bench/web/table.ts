/** The browser benches' table (`bench:web`, `bench:studio`): measure, value, target, verdict, detail. */
export const fixed = (x: number, digits = 0): string => x.toFixed(digits);
export const verdict = (ok: boolean): string => (ok ? 'ok' : '**over**');

export function printTable(measureHeading: string, rows: string[][], footer: string): void {
  console.log(`\n| ${measureHeading} | Value | Target | | Detail |\n|---|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\n${footer}`);
}
