/** URL parameters for trainers: `?scenario=<id>&lang=fr&seed=42`. */
import type { Language } from './types';
import { LANGUAGES } from './types';

export interface LaunchParams {
  scenario?: string;
  lang?: Language;
  seed?: number;
}

/** Read the launch parameters from a query string; anything malformed is ignored. */
export function parseParams(search: string): LaunchParams {
  const q = new URLSearchParams(search);
  const out: LaunchParams = {};
  const scenario = q.get('scenario');
  if (scenario !== null && /^[a-z0-9][a-z0-9-]{1,63}$/.test(scenario)) out.scenario = scenario;
  const lang = q.get('lang')?.toLowerCase().slice(0, 2);
  if (lang !== undefined && (LANGUAGES as readonly string[]).includes(lang)) out.lang = lang as Language;
  const seed = q.get('seed');
  if (seed !== null && /^-?\d{1,15}$/.test(seed.trim())) out.seed = Number(seed.trim());
  return out;
}
