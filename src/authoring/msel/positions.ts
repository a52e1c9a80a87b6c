/**
 * Where each field of a CSV text starts (1-based line and column), to locate import errors.
 * Values come from papaparse; this only follows quotes and separators to find the places.
 */
export interface Place {
  line: number;
  col: number;
}

/** Field start places, row by row, for a text papaparse parsed with `delimiter`. */
export function fieldPlaces(text: string, delimiter: string): Place[][] {
  const rows: Place[][] = [];
  let row: Place[] = [];
  let line = 1;
  let lineStart = 0;
  let fieldStart = true;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    if (fieldStart) {
      row.push({ line, col: i - lineStart + 1 });
      fieldStart = false;
      quoted = text[i] === '"';
      if (quoted) continue;
    }
    if (i === text.length) break;
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
      else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      i += delimiter.length - 1;
      fieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push(row);
      row = [];
      line++;
      lineStart = i + 1;
      fieldStart = i + 1 < text.length;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Line and column of a character offset. */
export function placeOf(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
