/**
 * The checker off the page's thread: on a large scenario a check takes longer than a frame, and
 * the author is typing. Answers `{ id, text, file }` with `{ id, ok, diagnostics, took }`.
 */
import { loadScenario } from '../../engine';
import type { CheckAnswer, CheckQuestion } from './checkProtocol';

self.onmessage = (event: MessageEvent<CheckQuestion>) => {
  const { id, text, file } = event.data;
  const start = performance.now();
  const r = loadScenario(text, file);
  const answer: CheckAnswer = { id, ok: r.ok, diagnostics: r.ok ? r.warnings : r.errors, took: performance.now() - start };
  self.postMessage(answer);
};
