/** What the server's rooms share: the database, the clock, and the workshops being brought back. */
import type { LiveDb } from './state/db';
import type { LiveWorkshop } from './state/liveWorkshop';

export interface LiveContext {
  db: LiveDb;
  /** Wall-clock time; tests may pass another. */
  now: () => Date;
  /** Workshops restored from the database, waiting for their room (by code). */
  restoring: Map<string, LiveWorkshop>;
  /** A per-process secret: only this process may ask a room to restore a workshop. */
  restoreTicket: string;
  /** Codes of the rooms open in this process. */
  open: Set<string>;
  /** Timer checks every this many milliseconds. */
  tickMs: number;
  /** Messages a client may send per second, sustained, and in a burst. */
  rate: { perSecond: number; burst: number };
}

/** A connection's role in its workshop, decided when it joins. */
/** `lobby`: a projector connection that only lists the teams while a device picks one (not counted as a projector). */
export type Seat = { role: 'facilitator' } | { role: 'team'; team: string } | { role: 'projector'; lobby?: true };

/** An error sent to one client: a namespaced code and an English message for logs. */
export interface LiveError {
  code: string;
  message: string;
  /** The message type that was refused, when there is one. */
  type?: string;
}
