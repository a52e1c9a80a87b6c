/** A stable 64-bit content hash (two FNV-1a lanes) of a scenario, written into play logs and saves. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Hash of the scenario's content, independent of whitespace in its file. */
export function hashScenario(scenario: unknown): string {
  return hashText(JSON.stringify(scenario));
}
