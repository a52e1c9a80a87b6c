/** URL parameters for trainers: `?scenario=<id>&lang=fr&seed=42`; `?studio` for authors; `?progress` for learners. */
import type { Language, LiveLink } from './types';
import { LANGUAGES } from './types';

export interface LaunchParams {
  live?: LiveLink;
  /** `?studio`: open the scenario studio. */
  studio?: boolean;
  /** `?playtest=<draft key>`: a studio draft opened in the game in its own tab (with `seed`). */
  playtest?: string;
  /** `?progress`: open the learner's progress. */
  progress?: boolean;
  scenario?: string;
  lang?: Language;
  seed?: number;
}

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

function liveLink(q: URLSearchParams, hash: string): LiveLink | undefined {
  for (const as of ['join', 'projector', 'console'] as const) {
    const v = q.get(as);
    if (v === null) continue;
    const code = v.trim().toUpperCase();
    const link: LiveLink = { as, code: CODE.test(code) ? code : null };
    const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
    if (as === 'console' && key !== null && /^[A-Za-z0-9_-]{16,128}$/.test(key)) link.key = key;
    return link;
  }
  return q.has('live') ? { as: 'join', code: null } : undefined;
}

/** Read the launch parameters from a query string (and a console link's fragment); anything malformed is ignored. */
export function parseParams(search: string, hash = ''): LaunchParams {
  const q = new URLSearchParams(search);
  const out: LaunchParams = {};
  const live = liveLink(q, hash);
  if (live) out.live = live;
  else if (q.has('studio')) out.studio = true;
  else if (q.has('progress')) out.progress = true;
  const playtest = q.get('playtest');
  if (!out.live && !out.studio && playtest !== null && /^d[0-9a-z]{1,16}-[0-9a-z]{1,12}$/.test(playtest)) out.playtest = playtest;
  const scenario = q.get('scenario');
  if (scenario !== null && /^[a-z0-9][a-z0-9-]{1,63}$/.test(scenario)) out.scenario = scenario;
  const lang = q.get('lang')?.toLowerCase().slice(0, 2);
  if (lang !== undefined && (LANGUAGES as readonly string[]).includes(lang)) out.lang = lang as Language;
  const seed = q.get('seed');
  if (seed !== null && /^-?\d{1,15}$/.test(seed.trim())) out.seed = Number(seed.trim());
  return out;
}
