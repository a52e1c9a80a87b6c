/** The data folder's SQLite database: each room's setup, its accepted events, seats and drafts (WAL, synchronous writes). */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface StoredRoom {
  code: string;
  keyHash: string;
  scenarioText: string;
  /** The session without its events (`events: []`), as JSON. */
  header: string;
  events: string[];
}

/** The ISO time in a stored JSON row's `field`, or null. */
function timeOf(json: string | undefined, field = 'at'): string | null {
  if (json === undefined) return null;
  try {
    const value = (JSON.parse(json) as Record<string, unknown>)[field];
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null;
  } catch {
    return null;
  }
}

/** One open database; every write is synchronous, so an event is on disk before anyone hears it was accepted. */
export class LiveDb {
  private db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'live.sqlite'));
    this.db.pragma('journal_mode = WAL');
    // FULL: a transaction is on disk (WAL fsynced) when commit returns, even if the machine loses power.
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS rooms (code TEXT PRIMARY KEY, key_hash TEXT NOT NULL, scenario TEXT NOT NULL, header TEXT NOT NULL, ended INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE IF NOT EXISTS events (code TEXT NOT NULL, seq INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (code, seq));
      CREATE TABLE IF NOT EXISTS seats (token_hash TEXT PRIMARY KEY, code TEXT NOT NULL, team TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS drafts (code TEXT NOT NULL, team TEXT NOT NULL, draft TEXT NOT NULL, PRIMARY KEY (code, team));
    `);
  }

  hasRoom(code: string): boolean {
    return this.db.prepare('SELECT 1 FROM rooms WHERE code = ?').get(code) !== undefined;
  }

  createRoom(code: string, keyHash: string, scenarioText: string, header: string): void {
    this.db.prepare('INSERT INTO rooms (code, key_hash, scenario, header) VALUES (?, ?, ?, ?)').run(code, keyHash, scenarioText, header);
  }

  /** Append event number `seq` (0-based) of a room's log; a duplicate seq fails, so two writers can never interleave. */
  appendEvent(code: string, seq: number, event: string, ended: boolean): void {
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO events (code, seq, event) VALUES (?, ?, ?)').run(code, seq, event);
      if (ended) this.db.prepare('UPDATE rooms SET ended = 1 WHERE code = ?').run(code);
    })();
  }

  addSeat(tokenHash: string, code: string, team: string): void {
    this.db.prepare('INSERT INTO seats (token_hash, code, team) VALUES (?, ?, ?)').run(tokenHash, code, team);
  }

  seat(tokenHash: string, code: string): string | null {
    const row = this.db.prepare('SELECT team FROM seats WHERE token_hash = ? AND code = ?').get(tokenHash, code) as { team: string } | undefined;
    return row?.team ?? null;
  }

  saveDraft(code: string, team: string, draft: string): void {
    this.db.prepare('INSERT INTO drafts (code, team, draft) VALUES (?, ?, ?) ON CONFLICT (code, team) DO UPDATE SET draft = excluded.draft').run(code, team, draft);
  }

  drafts(code: string): Record<string, string> {
    const rows = this.db.prepare('SELECT team, draft FROM drafts WHERE code = ?').all(code) as { team: string; draft: string }[];
    return Object.fromEntries(rows.map((r) => [r.team, r.draft]));
  }

  deleteDraft(code: string, team: string): void {
    this.db.prepare('DELETE FROM drafts WHERE code = ? AND team = ?').run(code, team);
  }

  seatCount(code: string, team: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM seats WHERE code = ? AND team = ?').get(code, team) as { n: number }).n;
  }

  clearDrafts(code: string): void {
    this.db.prepare('DELETE FROM drafts WHERE code = ?').run(code);
  }

  /**
   * Forget every room (ended or abandoned) whose last event, or its creation, is older than
   * `cutoff` (ISO time): its setup, events, seats and drafts. Returns the codes removed.
   */
  purgeOlderThan(cutoff: string): string[] {
    const rooms = this.db.prepare('SELECT code, header FROM rooms').all() as { code: string; header: string }[];
    const last = this.db.prepare('SELECT event FROM events WHERE code = ? ORDER BY seq DESC LIMIT 1');
    const stale = rooms.filter((r) => {
      const event = last.get(r.code) as { event: string } | undefined;
      const at = timeOf(event?.event) ?? timeOf(r.header, 'createdAt');
      // A row we cannot date is kept: it may be a room someone still needs (restore reports it if damaged).
      return at !== null && at < cutoff;
    });
    this.db.transaction(() => {
      for (const { code } of stale) for (const table of ['events', 'seats', 'drafts', 'rooms']) this.db.prepare(`DELETE FROM ${table} WHERE code = ?`).run(code);
    })();
    return stale.map((r) => r.code);
  }

  /** Every room whose workshop has not ended, with its events in order. */
  unfinished(): StoredRoom[] {
    const rooms = this.db.prepare('SELECT code, key_hash, scenario, header FROM rooms WHERE ended = 0').all() as { code: string; key_hash: string; scenario: string; header: string }[];
    const events = this.db.prepare('SELECT event FROM events WHERE code = ? ORDER BY seq');
    return rooms.map((r) => ({
      code: r.code,
      keyHash: r.key_hash,
      scenarioText: r.scenario,
      header: r.header,
      events: (events.all(r.code) as { event: string }[]).map((e) => e.event),
    }));
  }

  close(): void {
    this.db.close();
  }
}
