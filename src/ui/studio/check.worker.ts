/**
 * The checker off the page's thread: on a large scenario a check takes longer than a frame, and
 * the author is typing. Answers `{ id, text, file }` with `{ id, ok, diagnostics, took }`.
 */
import { checkScenario } from '../../engine';
import type { CheckAnswer, CheckQuestion } from './checkProtocol';

self.onmessage = (event: MessageEvent<CheckQuestion>) => {
  const { id, text, file } = event.data;
  const start = performance.now();
  // The checker alone: the studio needs the diagnostics, not a playable scenario.
  const r = checkScenario(text, file);
  const answer: CheckAnswer = { id, ok: r.ok, diagnostics: r.diagnostics, took: performance.now() - start };
  self.postMessage(answer);
};
