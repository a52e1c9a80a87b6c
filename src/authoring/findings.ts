/** The analyser's findings: what an author should look at, each with its place in the scenario. */
import type { LoadedScenario } from '../engine';
import { DOMINANCE_POINTS } from './balance';
import type { AnalysisFinding, AnalysisReport, TargetKind } from './report';

/** Random play this close to the best line (in points) means the choices hardly matter. */
export const CHOICES_MATTER_POINTS = 10;

const WHAT: Readonly<Record<TargetKind, { code: AnalysisFinding['code']; list: string; text: (id: string) => string }>> = {
  decision: { code: 'decision-never-legal', list: 'decisions', text: (id) => `decision "${id}" is never legal` },
  inject: { code: 'inject-never-fired', list: 'injects', text: (id) => `inject "${id}" never fires` },
  rule: { code: 'rule-never-fires', list: 'rules', text: (id) => `rule "${id}" never fires: its condition never holds` },
  ending: { code: 'ending-never-reached', list: 'endings', text: (id) => `ending "${id}" is never reached` },
  evidence: { code: 'evidence-never-searched', list: 'evidence', text: (id) => `evidence "${id}" is never searched for` },
  objectiveAbove0: { code: 'objective-never-above-0', list: 'objectives', text: (id) => `objective "${id}" never scores above 0` },
  objectiveBelow1: { code: 'objective-never-below-1', list: 'objectives', text: (id) => `objective "${id}" never scores below 1: it is won whatever the players do` },
};

type Parts = Omit<AnalysisReport, 'findings'>;

/** Every finding, in a fixed order: reachability, balance, attribution, reference. */
export function findingsOf(loaded: LoadedScenario, r: Parts, constant: readonly { id: string; value: number }[]): AnalysisFinding[] {
  const s = loaded.scenario;
  const at = (list: string, id: string) => {
    const i = (s[list as 'decisions'] as readonly { id: string }[]).findIndex((x) => x.id === id);
    return `/${list}/${i}`;
  };
  const out: AnalysisFinding[] = [];
  const runs = r.coverage.runs;
  for (const t of r.unreached) {
    const w = WHAT[t.kind];
    const message = `${w.text(t.id)} (not in ${runs} random games, nor by a directed search)`;
    out.push({ severity: 'warning', code: w.code, message, pointer: at(w.list, t.id), params: { id: t.id, runs } });
  }
  // A category that dominates only because one of its decisions does is that decision's finding.
  const dominantIn = new Set(r.dominance.filter((d) => d.kind === 'decision' && d.loss > DOMINANCE_POINTS).map((d) => s.decisions.find((x) => x.id === d.id)!.category as string));
  for (const d of r.dominance) {
    if (d.loss <= DOMINANCE_POINTS || (d.kind === 'category' && dominantIn.has(d.id))) continue;
    const what = d.kind === 'decision' ? `decision "${d.id}"` : `the ${d.id} category`;
    const message = `${what} dominates: the best line found without it scores ${fmt(d.without)}, ${fmt(d.loss)} points below the best (${fmt(r.best.score.overall)})`;
    const pointer = d.kind === 'decision' ? at('decisions', d.id) : '/decisions';
    out.push({ severity: 'warning', code: d.kind === 'decision' ? 'dominant-decision' : 'dominant-category', message, pointer, params: { id: d.id, without: d.without, loss: d.loss } });
  }
  const gap = r.best.score.overall - r.distribution.overall.median;
  if (runs > 0 && gap < CHOICES_MATTER_POINTS) {
    const message = `choices hardly matter: random play's median score (${fmt(r.distribution.overall.median)}) is within ${CHOICES_MATTER_POINTS} points of the best line (${fmt(r.best.score.overall)})`;
    out.push({ severity: 'warning', code: 'choices-dont-matter', message, pointer: '', params: { median: r.distribution.overall.median, best: r.best.score.overall } });
  }
  for (const c of constant) {
    const message = `objective "${c.id}" always scores ${fmt(c.value)}: nothing the players do changes it`;
    out.push({ severity: 'warning', code: 'objective-constant', message, pointer: at('objectives', c.id), params: { id: c.id, value: c.value } });
  }
  for (const e of r.attribution?.byEvidence ?? []) {
    const declared = s.evidence.find((x) => x.id === e.id)?.uninformative !== undefined;
    const pointer = at('evidence', e.id);
    if (e.informative && declared) {
      const message = `evidence "${e.id}" is declared uninformative, but its likelihood differs between actors: finding it (or not) moves the posterior; drop "uninformative" or make the likelihoods equal`;
      out.push({ severity: 'warning', code: 'evidence-declared-uninformative', message, pointer: `${pointer}/uninformative`, params: { id: e.id } });
    } else if (!e.informative && declared) {
      const message = `evidence "${e.id}" carries no information, as its author declared ("uninformative"): finding it (or not) leaves the posterior at the prior`;
      out.push({ severity: 'note', code: 'evidence-uninformative-by-design', message, pointer, params: { id: e.id } });
    } else if (!e.informative) {
      const message = `evidence "${e.id}" carries no information: its likelihood is the same for every actor, so finding it (or not) leaves the posterior at the prior`;
      out.push({ severity: 'warning', code: 'evidence-uninformative', message, pointer, params: { id: e.id } });
    }
  }
  if (r.reference && !r.reference.legal) {
    const message = `the reference line is not legal with seed ${r.reference.seed}: ${r.reference.error ?? ''}`;
    out.push({ severity: 'warning', code: 'reference-illegal', message, pointer: '/reference', params: { seed: r.reference.seed } });
  }
  return out;
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
