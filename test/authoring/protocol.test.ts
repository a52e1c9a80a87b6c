/** The analysis worker's messages: progress, then one result; a scenario that does not load gets one error. */
import { describe, expect, it } from 'vitest';
import { handleRequest, type AnalysisMessage } from '../../src/authoring/protocol';
import { fixtureText } from './helpers';

async function messages(request: unknown): Promise<AnalysisMessage[]> {
  const out: AnalysisMessage[] = [];
  let clock = 0;
  await handleRequest(request as never, (m) => out.push(m), () => (clock += 500));
  return out;
}

describe('analysis worker protocol', () => {
  it('posts progress forward to the total, then exactly one result', async () => {
    const out = await messages({ type: 'analyse', text: fixtureText('clean'), runs: 400, seed: 2 });
    const progress = out.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    const dones = progress.map((m) => m.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    const last = progress[progress.length - 1]!;
    expect(last.done).toBe(last.total);
    const result = out[out.length - 1]!;
    expect(result.type).toBe('result');
    if (result.type !== 'result') return;
    expect(result.report.scenario).toBe('analysis-clean');
    expect(result.report.coverage.runs).toBe(400);
    // The fake clock advanced 500 ms between start and end: 400 runs in 0.5 s.
    expect(result.timing).toEqual({ seconds: 0.5, runsPerSecond: 800, workers: 1 });
  });

  it('answers a scenario that does not load with one located error', async () => {
    const out = await messages({ type: 'analyse', text: '{ "format": "cellule/scenario@1", ', file: 'mine.json' });
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('error');
    if (out[0]!.type === 'error') expect(out[0]!.message).toMatch(/^mine\.json:1:\d+: /);
  });

  it('answers a malformed request with an error', async () => {
    expect(await messages({ type: 'nope' })).toEqual([{ type: 'error', message: 'expected { type: "analyse", text }' }]);
    expect(await messages(null)).toEqual([{ type: 'error', message: 'expected { type: "analyse", text }' }]);
  });
});
