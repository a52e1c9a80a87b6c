import { expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine';
import { findingsOf, marksOf, offsetOf, playable } from '../../../src/ui/studio/findings';

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

test('a finding is marked from its position to the end of its line, within the text', () => {
  const text = '{\n  "a": "soon",\n  "b": 1\n}';
  const f = (offset: number, severity: 'error' | 'warning' | 'note') => ({ severity, code: 'x', diagnostic: { severity, code: 'x', message: 'm', pointer: '' }, pointer: '', line: 1, col: 1, offset });
  const marks = marksOf(text, [f(9, 'error'), f(text.length - 1, 'note'), f(text.length, 'warning'), f(1, 'warning')], () => 'sentence');
  expect(marks.map((m) => text.slice(m.from, m.to))).toEqual(['"soon",', '}', '', '']);
  expect(marks[2]).toMatchObject({ from: text.length, to: text.length });
  expect(marks.map((m) => m.severity)).toEqual(['error', 'info', 'warning', 'warning']);
  expect(marks[0]!.message).toBe('sentence');
});
