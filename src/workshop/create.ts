/** A new workshop session from the facilitator's setup, checked against the scenario. */
import { LOCALE_PATTERN, type LoadedScenario } from '../engine';
import { isoTime, MAX_NAME, MAX_SECONDS_PER_TURN } from './schema';
import { MAX_TEAMS, MIN_TEAMS, WORKSHOP_FORMAT_2, WORKSHOP_FORMAT_3, WORKSHOP_MODES, type Workshop, type WorkshopResult, type WorkshopSetup } from './types';

const fail = (message: string, params: Record<string, string | number> = {}): WorkshopResult<Workshop> => ({
  ok: false,
  error: { code: 'workshop/setup', message, params },
});

/** A session with no events yet; every setup problem is refused with `workshop/setup`. */
export function createWorkshop(loaded: LoadedScenario, setup: WorkshopSetup): WorkshopResult<Workshop> {
  if (!isoTime.safeParse(setup.createdAt).success) return fail(`createdAt must be an ISO 8601 date-time, got ${JSON.stringify(setup.createdAt)}`, { field: 'createdAt' });
  if (!LOCALE_PATTERN.test(setup.locale)) return fail(`locale must be a language code such as "fr" or "en"`, { field: 'locale' });
  const n = setup.teams.length;
  if (n < MIN_TEAMS || n > MAX_TEAMS) return fail(`a workshop has ${MIN_TEAMS} to ${MAX_TEAMS} teams, not ${n}`, { field: 'teams', count: n });
  const seen = new Set<string>();
  for (const [i, team] of setup.teams.entries()) {
    const name = team.name.trim();
    if (name === '' || name.length > MAX_NAME) return fail(`team ${i + 1} needs a name of 1 to ${MAX_NAME} characters`, { field: 'name', team: i + 1 });
    if (seen.has(name.toLowerCase())) return fail(`two teams are named "${name}"`, { field: 'name', team: i + 1 });
    seen.add(name.toLowerCase());
    const seed = team.seed ?? setup.seed;
    if (!Number.isSafeInteger(seed)) return fail(`team ${i + 1}'s seed must be a safe integer`, { field: 'seed', team: i + 1 });
  }
  if (!Number.isSafeInteger(setup.seed)) return fail('the seed must be a safe integer', { field: 'seed' });
  const seconds = setup.secondsPerTurn ?? null;
  if (seconds !== null && (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_SECONDS_PER_TURN)) {
    return fail(`the turn timer must be 1 to ${MAX_SECONDS_PER_TURN} seconds`, { field: 'timer' });
  }
  const releasable = [...new Set(setup.releasable ?? [])];
  for (const injectId of releasable) {
    const inject = loaded.scenario.injects.find((x) => x.id === injectId);
    if (!inject?.optional) return fail(`"${injectId}" is not an optional inject of this scenario`, { field: 'releasable', inject: injectId });
  }
  const mode = setup.mode ?? 'hotseat';
  if (!WORKSHOP_MODES.includes(mode)) return fail(`mode must be one of ${WORKSHOP_MODES.join(', ')}`, { field: 'mode' });
  // A hot-seat log holds `ready` events, which need `@3`; a simultaneous one never does and stays `@2` (docs/workshop.md).
  const format: Pick<Workshop, 'format' | 'mode'> = mode === 'hotseat' ? { format: WORKSHOP_FORMAT_3, mode } : { format: WORKSHOP_FORMAT_2, mode };
  return {
    ok: true,
    value: {
      ...format,
      scenario: loaded.scenario.id,
      scenarioHash: loaded.hash,
      scenarioTitle: loaded.scenario.title,
      createdAt: setup.createdAt,
      locale: setup.locale,
      teams: setup.teams.map((t, i) => ({ id: `t${i + 1}`, name: t.name.trim(), seed: t.seed ?? setup.seed })),
      timer: { secondsPerTurn: seconds },
      releasable,
      hideLeaderboard: setup.hideLeaderboard ?? false,
      events: [],
    },
  };
}
