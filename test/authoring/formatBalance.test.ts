/** The analyser's text report says whether anything dominates, not just where the line is. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/authoring/analyse';
import { formatReport } from '../../src/authoring/format';
import { fixture } from './helpers';

const balanceLine = (text: string) => text.split('\n').find((l) => l.startsWith('balance:'));

describe('balance heading', () => {
  it('says none dominates when every loss is at most 40 points, and counts those over', async () => {
    const r = await analyse(fixture('clean'), { runs: 120, seed: 9 });
    const mild = { ...r, dominance: [{ kind: 'decision' as const, id: 'a', without: 60, loss: 34.6 }] };
    expect(balanceLine(formatReport(mild, []))).toBe('balance: the best line without each decision or category, largest losses first (none dominates: every loss is at most 40 points)');
    const harsh = { ...r, dominance: [{ kind: 'decision' as const, id: 'a', without: 40, loss: 55 }, { kind: 'category' as const, id: 'containment', without: 50, loss: 45 }] };
    expect(balanceLine(formatReport(harsh, []))).toBe('balance: the best line without each decision or category, largest losses first (2 dominate: a loss over 40 points)');
  });
});
