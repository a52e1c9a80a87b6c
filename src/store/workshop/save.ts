/**
 * The workshop in progress, kept in storage after every event so a reload loses nothing.
 * It is the session file itself (the log is the workshop), which screen the room was on,
 * the text of a custom scenario (written once, when the workshop is created or opened), and
 * whether the room left the workshop for the title screen (then a page load does not reopen it).
 */
import type { KeyValue } from '../storage';

export const WORKSHOP_SAVE_KEY = 'cellule.workshop';
export const WORKSHOP_VIEW_KEY = 'cellule.workshop.view';
export const WORKSHOP_SCENARIO_KEY = 'cellule.workshop.scenario';
export const WORKSHOP_AWAY_KEY = 'cellule.workshop.away';

export type RoomView = 'seat' | 'facilitator' | 'hotwash';
const VIEWS: readonly RoomView[] = ['seat', 'facilitator', 'hotwash'];

/** The saved session text, or null. Parsing and checking it is the workshop core's job. */
export function readWorkshopSave(storage: KeyValue): string | null {
  return storage.get(WORKSHOP_SAVE_KEY);
}

/** True when a workshop was left in storage (the app reopens it on load). */
export function hasWorkshopSave(storage: KeyValue): boolean {
  return readWorkshopSave(storage) !== null;
}

/** True when a page load should go straight back to the workshop: one is kept and the room did not leave it. */
export function reopensOnLoad(storage: KeyValue): boolean {
  return hasWorkshopSave(storage) && storage.get(WORKSHOP_AWAY_KEY) === null;
}

/** Remember that the room left the workshop for another screen (true), or came back to it (false). */
export function markAway(storage: KeyValue, away: boolean): void {
  if (away) storage.set(WORKSHOP_AWAY_KEY, '1');
  else storage.remove(WORKSHOP_AWAY_KEY);
}

/** The file name the kept custom scenario is checked and located under. */
export const KEPT_SCENARIO_FILE = 'workshop-scenario.json';

/** The custom scenario's text kept with the workshop, or null (a bundled scenario). */
export function readWorkshopScenario(storage: KeyValue): string | null {
  return storage.get(WORKSHOP_SCENARIO_KEY);
}

/** Keep a custom scenario's text with the workshop (null: bundled, nothing to keep); false when refused. */
export function writeWorkshopScenario(storage: KeyValue, text: string | null): boolean {
  if (text === null) {
    storage.remove(WORKSHOP_SCENARIO_KEY);
    return true;
  }
  return storage.set(WORKSHOP_SCENARIO_KEY, text);
}

/** Keep the session text; false when the browser refused (quota, private mode). */
export function writeWorkshopSave(storage: KeyValue, text: string): boolean {
  return storage.set(WORKSHOP_SAVE_KEY, text);
}

export function readRoomView(storage: KeyValue): RoomView {
  const v = storage.get(WORKSHOP_VIEW_KEY);
  return (VIEWS as readonly (string | null)[]).includes(v) ? (v as RoomView) : 'seat';
}

export function writeRoomView(storage: KeyValue, view: RoomView): void {
  storage.set(WORKSHOP_VIEW_KEY, view);
}

/** Forget the workshop (closed by the facilitator). */
export function clearWorkshopSave(storage: KeyValue): void {
  storage.remove(WORKSHOP_SAVE_KEY);
  storage.remove(WORKSHOP_VIEW_KEY);
  storage.remove(WORKSHOP_SCENARIO_KEY);
  storage.remove(WORKSHOP_AWAY_KEY);
}
