/** Every decision of the workshop, one row per decision taken, by team and turn, as CSV. */
import Papa from 'papaparse';
import { clockAt, textOf, traceGame, type LoadedScenario } from '../../engine';
import type { Translate } from '../strings';
import type { Room } from '../types';
import { decisionPoints } from './sections/trace';

/**
 * Columns: team, turn, scenario time (ISO, start of the turn), decision id, decision title,
 * category, staff, budget, outcome (the outcome drawn, if the decision has any), points (what the
 * decision added to the overall score, negative if it cost: docs/engine.md "Where the points came from"). Cells that
 * a spreadsheet would run as a formula (= + - @ …) are neutralised by papaparse.
 */
export function decisionsCsv(loaded: LoadedScenario, room: Room, t: Translate, locale: string): string {
  const s = loaded.scenario;
  const text = (x: Parameters<typeof textOf>[0]) => textOf(x, locale, s.locales);
  const fields = ['team', 'turn', 'time', 'decision', 'title', 'category', 'staff', 'budget', 'outcome', 'points'] as const;
  const data: (string | number)[][] = [];
  for (const team of room.teams) {
    const trace = traceGame(loaded, team.state);
    team.state.log.forEach((played, i) => {
      const turn = i + 1;
      const time = clockAt(loaded, turn).iso;
      for (const id of played.decisions) {
        const d = s.decisions.find((x) => x.id === id)!;
        const drawn = team.state.outcomes.find((o) => o.turn === turn && o.decision === id)?.outcome;
        const outcome = drawn === null || drawn === undefined ? '' : text(d.outcomes![drawn]!.text);
        data.push([team.name, turn, time, id, text(d.title), d.category, d.cost.staff, d.cost.budget, outcome, Number(decisionPoints({ loaded }, trace, id, turn).toFixed(3))]);
      }
    });
  }
  return Papa.unparse({ fields: fields.map((f) => t(`csv.${f}`)), data }, { escapeFormulae: true, newline: '\r\n' });
}
