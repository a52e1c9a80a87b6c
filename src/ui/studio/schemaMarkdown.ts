/**
 * Stands in for `codemirror-json-schema`'s markdown renderer (vite.config.ts swaps it in): the
 * library puts the result in `innerHTML`, and its messages quote the author's values. Escaping
 * everything keeps scenario text inert, and leaves markdown-it and shiki (WebAssembly, which our
 * CSP forbids) out of the bundle.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text, HTML-escaped: shown as typed, never parsed as markup. */
export function renderMarkdown(markdown: string): string {
  return String(markdown).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
