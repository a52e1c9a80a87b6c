/**
 * The workshop in progress, kept in storage after every event so a reload loses nothing.
 * It is the session file itself (the log is the workshop) plus which screen the room was on.
 */
import type { KeyValue } from '../storage';

export const WORKSHOP_SAVE_KEY = 'cellule.workshop';
export const WORKSHOP_VIEW_KEY = 'cellule.workshop.view';

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
}
