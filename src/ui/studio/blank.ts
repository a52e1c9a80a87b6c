/** A new blank scenario: the smallest document the checker accepts, in the author's two languages. */

/** The words a blank scenario starts with, in each language (from the studio's strings). */
export interface BlankWords {
  title: string;
  summary: string;
  briefing: string;
  phase: string;
  metric: string;
  actor: string;
  actorDescription: string;
  inject: string;
  injectBody: string;
  decision: string;
  decisionDescription: string;
  objective: string;
}

type Words = Record<'en' | 'fr', BlankWords>;

/** The JSON text of a valid, playable blank scenario (two-space indent, final newline). */
export function blankScenario(words: Words): string {
  const text = (k: keyof BlankWords) => ({ en: words.en[k], fr: words.fr[k] });
  const doc = {
    format: 'cellule/scenario@1',
    id: 'new-scenario',
    locales: ['en', 'fr'],
    title: text('title'),
    summary: text('summary'),
    briefing: text('briefing'),
    difficulty: 'intro',
    estimatedMinutes: 20,
    clock: { start: '2025-01-06T09:00:00+01:00', phases: [{ id: 'first', title: text('phase'), turns: 3, minutesPerTurn: 60 }] },
    resources: { staff: 2, budget: 1000 },
    metrics: [{ id: 'trust', label: text('metric'), min: 0, max: 100, initial: 50, good: 'high' }],
    flags: [],
    actors: [{ id: 'unknown', name: text('actor'), description: text('actorDescription'), prior: 1 }],
    culprit: 'draw',
    evidence: [],
    injects: [{ id: 'start', channel: 'soc', title: text('inject'), body: text('injectBody'), at: 1 }],
    decisions: [
      {
        id: 'act',
        category: 'containment',
        title: text('decision'),
        description: text('decisionDescription'),
        cost: { staff: 1, budget: 0 },
        effects: [{ metric: 'trust', add: 5 }],
      },
    ],
    rules: [],
    objectives: [{ id: 'keepTrust', category: 'communication', title: text('objective'), weight: 1, type: 'metric', metric: 'trust', aggregate: 'final', target: 80, worst: 20 }],
    endings: [],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
