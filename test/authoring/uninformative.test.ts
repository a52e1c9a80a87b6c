/** Evidence uninformative by design: an author declares it, and the analyser reports a note, not a warning. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/authoring/analyse';
import { formatReport } from '../../src/authoring/format';
import { locateFindings } from '../../src/authoring/locate';
import { formatDiagnostic } from '../../src/engine/diagnostics';
import { loadScenario } from '../../src/engine/load';
import { fixtureText } from './helpers';

type Evidence = { id: string; likelihood: Record<string, number>; uninformative?: unknown };

/** The planted fixture (claim as likely for every actor), with `claim` edited. */
function variant(edit: (claim: Evidence) => void) {
  const o = JSON.parse(fixtureText('uninformative-evidence')) as { evidence: Evidence[] };
  edit(o.evidence.find((e) => e.id === 'claim')!);
  const text = JSON.stringify(o, null, 2);
  const r = loadScenario(text, 'scenario.json');
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return { text, loaded: r.value, warnings: r.warnings };
}

const declare = (claim: Evidence) => (claim.uninformative = { reason: 'A claim anyone can post.' });

describe('declared uninformative evidence', () => {
  it('the checker accepts the field, with no warning, and wants a reason', () => {
    expect(variant(declare).warnings).toEqual([]);
    const o = JSON.parse(fixtureText('uninformative-evidence')) as { evidence: Evidence[] };
    o.evidence[1]!.uninformative = true;
    const r = loadScenario(JSON.stringify(o), 'scenario.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.pointer).toBe('/evidence/1/uninformative');
  });

  it('is reported as a note, which the CLI prints as "note:" and does not count as a finding', async () => {
    const { text, loaded } = variant(declare);
    const r = await analyse(loaded, { runs: 200, seed: 1 });
    expect(r.findings.map((f) => [f.severity, f.code, f.params.id, f.pointer])).toEqual([['note', 'evidence-uninformative-by-design', 'claim', '/evidence/1']]);
    const diagnostics = locateFindings(r.findings, text, 'scenario.json');
    expect(diagnostics[0]!.severity).toBe('note');
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/^scenario\.json:\d+:\d+: note: evidence "claim" carries no information, as its author declared/);
    expect(formatReport(r, diagnostics)).toMatch(/\n0 finding\(s\), 1 note\(s\)\n$/);
  });

  it('undeclared, the same evidence stays a warning', async () => {
    const { loaded } = variant(() => {});
    const r = await analyse(loaded, { runs: 200, seed: 1 });
    expect(r.findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'evidence-uninformative']]);
  });

  it('declared on evidence that does inform is a warning at the declaration', async () => {
    const { loaded } = variant((claim) => {
      declare(claim);
      claim.likelihood = { ...claim.likelihood, [Object.keys(claim.likelihood)[0]!]: 0.1 };
    });
    const r = await analyse(loaded, { runs: 200, seed: 1 });
    expect(r.findings.map((f) => [f.severity, f.code, f.pointer])).toEqual([['warning', 'evidence-declared-uninformative', '/evidence/1/uninformative']]);
  });
});
