/** A small valid scenario that touches every part of the format, for the loader's tests. */

export function minimalScenario(): Record<string, unknown> {
  return {
    format: 'cellule/scenario@1',
    id: 'mini',
    locales: ['en', 'fr'],
    title: { en: 'Mini', fr: 'Mini' },
    summary: 'A tiny outage.',
    briefing: { en: 'The site is down.', fr: 'Le site est en panne.' },
    difficulty: 'intro',
    estimatedMinutes: 10,
    clock: {
      start: '2024-12-19T08:00:00+01:00',
      phases: [
        { id: 'morning', title: 'Morning', turns: 2, minutesPerTurn: 60 },
        { id: 'afternoon', title: 'Afternoon', turns: 2, minutesPerTurn: 120 },
      ],
    },
    resources: { staff: 2, budget: 1000 },
    metrics: [
      { id: 'trust', label: { en: 'Trust', fr: 'Confiance' }, min: 0, max: 100, initial: 60, good: 'high' },
      { id: 'load', label: 'Load', min: 0, max: 10, initial: 5, good: 'low', unit: 'Gbps' },
    ],
    flags: [{ id: 'warned', initial: false }],
    actors: [
      { id: 'hacktivists', name: 'Hacktivists', description: 'A group', prior: 2 },
      { id: 'criminals', name: 'Criminals', description: 'A gang', prior: 1 },
    ],
    culprit: 'draw',
    evidence: [
      { id: 'claim', title: 'Claim', body: 'A post.', source: 'Telegram', likelihood: { hacktivists: 0.9, criminals: 0.2 } },
    ],
    injects: [
      { id: 'outage', channel: 'soc', title: 'Outage', body: 'Down.', at: 1 },
      { id: 'phishing', channel: 'customer', title: 'Phishing', body: 'Fake SMS.', when: 'turn >= 2 && !warned', effects: [{ metric: 'trust', add: -5 }] },
      { id: 'press', channel: 'press', title: 'Press', body: 'A call.', optional: true },
    ],
    decisions: [
      {
        id: 'warnCustomers',
        category: 'communication',
        title: 'Warn customers',
        description: 'Send a warning.',
        cost: { staff: 1, budget: 100 },
        effects: [{ flag: 'warned', set: true }, { metric: 'trust', add: 5, for: 2, note: 'relief' }],
      },
      {
        id: 'scrub',
        category: 'containment',
        title: 'Scrub traffic',
        description: 'Call the ISP.',
        cost: { staff: 1, budget: 500 },
        effects: [{ metric: 'load', add: -3, delay: 1 }, { reveal: 'claim' }],
        outcomes: [
          { weight: 2, text: 'It works.', effects: [{ metric: 'load', set: 'max(0, load - 1)' }] },
          { weight: 'warned ? 1 : 0.5', text: 'Slow.', effects: [{ inject: 'phishing' }] },
        ],
      },
    ],
    rules: [{ id: 'loadHurts', when: 'load > 7', effects: [{ metric: 'trust', add: -2 }] }],
    objectives: [
      { id: 'keepTrust', category: 'communication', title: 'Keep trust', weight: 2, type: 'metric', metric: 'trust', aggregate: 'final', target: 80, worst: 20 },
      { id: 'scrubEarly', category: 'containment', title: 'Scrub early', weight: 1, type: 'deadline', decision: 'scrub', by: 1, late: 3 },
      { id: 'guess', category: 'attribution', title: 'Attribution', weight: 1, type: 'attribution' },
      { id: 'noPanic', category: 'recovery', title: 'No panic', weight: 1, type: 'avoid', when: 'trust < 10' },
      { id: 'calm', category: 'coordination', title: 'Calm', weight: 1, type: 'expr', value: 'clamp(1 - load / 10, 0, 1)' },
    ],
    endings: [
      { id: 'collapse', title: 'Collapse', body: 'Trust is gone.', when: 'trust <= 0', outcome: 'loss' },
    ],
    map: {
      nodes: [
        { id: 'bots', label: 'Bots', kind: 'attacker', x: 10, y: 50 },
        { id: 'site', label: 'Site', kind: 'service', x: 80, y: 50, metric: 'trust' },
      ],
      links: [{ from: 'bots', to: 'site', metric: 'load' }],
    },
    reference: { title: 'Expert', note: 'Scrub first.', plays: [{ turn: 1, decisions: ['scrub'], assessment: { hacktivists: 0.7, criminals: 0.3 } }] },
  };
}

/** The minimal scenario as a file's text, indented by two spaces. */
export function minimalText(): string {
  return JSON.stringify(minimalScenario(), null, 2) + '\n';
}

/**
 * The minimal scenario with each top-level key on its own line, some replaced by raw JSON:
 * `format` is on line 2, `id` on 3, … in the order of minimalScenario (see KEY_LINES).
 */
export function compactText(overrides: Record<string, string> = {}): string {
  const s = minimalScenario();
  const lines = Object.keys(s).map((k) => `  ${JSON.stringify(k)}: ${overrides[k] ?? JSON.stringify(s[k])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The line of each top-level key in compactText. */
export const KEY_LINES: Readonly<Record<string, number>> = Object.fromEntries(Object.keys(minimalScenario()).map((k, i) => [k, i + 2]));
