/** The workshop setup's form: what the facilitator has chosen so far, kept outside the store until "Create". */
import type { Language } from '../../store';
import { MAX_TEAMS } from '../../workshop';

export const TIMER_MINUTES = [0, 1, 2, 3, 5, 8, 10, 15] as const;

export interface SetupForm {
  scenario: string;
  locale: Language;
  count: number;
  names: string[];
  /** Names the facilitator typed; the others follow the screen language. */
  edited: boolean[];
  /** False until the facilitator picks the session language: it follows the screen's till then. */
  localeChosen: boolean;
  perTeam: boolean;
  seed: string;
  seeds: string[];
  minutes: number;
  hide: boolean;
  /** Releasable injects per scenario key: all offered by default. */
  releasable: Map<string, Set<string>>;
}

const randomSeed = () => {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0]! % 999_999) + 1;
};

/** A fresh form: three teams, a random shared seed, no timer, leaderboard hidden. */
export function newSetupForm(locale: Language): SetupForm {
  return {
    scenario: '',
    locale,
    count: 3,
    names: [],
    edited: [],
    localeChosen: false,
    perTeam: false,
    seed: String(randomSeed()),
    seeds: Array.from({ length: MAX_TEAMS }, () => String(randomSeed())),
    minutes: 0,
    hide: true,
    releasable: new Map(),
  };
}

/** A seed as typed: a whole number, or NaN (the core refuses it with a located message). */
export const parseSeed = (v: string): number => (/^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN);
