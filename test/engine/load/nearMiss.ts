/** A hostile file under the size cap: thousands of metrics and one rule naming thousands of near misses of them. */
import { MAX_CHARS } from '../../../src/engine/load';
import { minimalScenario } from './minimal';

const id = (i: number): string => `m${i.toString(36).padStart(4, '0')}`;
/** The same id with its last character changed: one edit away from a declared id, and from many others. */
const nearMiss = (i: number): string => `${id(i).slice(0, -1)}_`;

/** The crafted scenario's text: `known` metrics, one rule whose effects name `unknown` undeclared near misses. */
export function nearMissText(known = 7000, unknown = 14_000): string {
  const s = minimalScenario();
  const metrics = Array.from({ length: known }, (_, i) => ({ id: id(i), label: 'x', min: 0, max: 1, initial: 0, good: 'high' }));
  s.metrics = [...(s.metrics as unknown[]), ...metrics];
  s.rules = [{ id: 'noisy', when: 'true', effects: Array.from({ length: unknown }, (_, i) => ({ metric: nearMiss(i % known), add: 1 })) }];
  const text = JSON.stringify(s);
  if (text.length > MAX_CHARS) throw new Error(`the crafted file is ${text.length} characters, over the cap`);
  return text;
}
