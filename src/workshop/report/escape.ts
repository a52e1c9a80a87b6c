/** Escaping for the generated reports: every piece of text goes through one of these. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Inline Markdown text: one line (line breaks become spaces, so a note cannot start a heading
 * or a list), Markdown punctuation and raw HTML backslash-escaped (CommonMark allows that
 * for any ASCII punctuation), so a renderer shows it as typed.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ');
  const escaped = line.replace(/[\\`*_[\]<>|~&!]/g, '\\$&');
  // block markers only count at the start, followed by a space: # heading, - + list, 1. 1) ordered list
  return escaped.replace(/^(\s*)(#{1,6}|[+-])(?=\s|$)/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
