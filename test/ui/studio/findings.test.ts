import { expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine';
import { findingsOf, offsetOf, playable } from '../../../src/ui/studio/findings';

test.each([
  ['ab\ncd\nef', 1, 1, 0],
  ['ab\ncd\nef', 2, 2, 4],
  ['ab\ncd\nef', 3, 1, 6],
  ['ab\ncd\nef', 2, 99, 5], // past the line's end: its end
  ['ab\ncd\nef', 9, 1, 8], // past the text: its end
  ['', 1, 1, 0],
])('offsetOf(%j, %i, %i) = %i', (text, line, col, offset) => {
  expect(offsetOf(text, line, col)).toBe(offset);
});

test("a checker error is found where the checker places it, errors before warnings, and blocks play-testing", () => {
  const text = '{\n  "format": "cellule/scenario@1",\n  "id": "x",\n  "estimatedMinutes": "soon"\n}\n';
  const r = loadScenario(text, 'x.json');
  expect(r.ok).toBe(false);
  const findings = findingsOf(text, r.ok ? [] : r.errors);
  const minutes = findings.find((f) => f.pointer === '/estimatedMinutes');
  expect(minutes).toBeDefined();
  expect(minutes!.line).toBe(4);
  expect(text.slice(minutes!.offset).startsWith('"soon"')).toBe(true);
  expect(playable(findings)).toBe(false);
  const ranks = findings.map((f) => f.severity);
  expect(ranks.indexOf('error')).toBe(0);
  expect(playable(findings.filter((f) => f.severity !== 'error'))).toBe(true);
});
