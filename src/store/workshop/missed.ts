/**
 * Each team's missed chances for the workshop's reports, searched once per room and off the page:
 * a worker loads the scenario's file again (bundled, opened, or kept with the workshop) and
 * searches every team's game; without the file, the search runs on the page.
 */
import type { LoadedScenario, MissedResult } from '../../engine';
import type { Room } from '../../workshop';
import { loadEngine } from '../engine';
import { runMissedMany } from '../missed';
import type { KeyValue } from '../storage';
import type { App } from '../store';
import { KEPT_SCENARIO_FILE, readWorkshopScenario } from './save';

export type TeamsMissed = ReadonlyMap<string, MissedResult | null>;

export function reportMissed(app: App, storage: KeyValue): (loaded: LoadedScenario, room: Room) => Promise<TeamsMissed> {
  let cached: { room: Room; value: Promise<TeamsMissed> } | null = null;
  const keptSource = () => {
    const text = readWorkshopScenario(storage);
    return text === null ? null : { text, file: KEPT_SCENARIO_FILE };
  };
  return (loaded, room) => {
    if (cached?.room === room) return cached.value;
    const teams = room.teams.filter((team) => team.state.log.length > 0);
    const value = (async () => {
      const [{ toLog }, source] = await Promise.all([loadEngine(), app.actions.scenarioSource(loaded)]);
      const runs = await runMissedMany(loaded, source ?? keptSource(), teams.map((team) => toLog(team.state)));
      return new Map(teams.map((team, i) => [team.id, runs.results[i] ?? null]));
    })();
    cached = { room, value };
    return value;
  };
}
