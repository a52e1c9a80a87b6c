/**
 * One connection to a live workshop room, over the Colyseus SDK (loaded on demand: the title
 * screen and solo play never pay for it). Colyseus reconnects a dropped connection by itself for
 * a minute; past that (or after a server restart) the store joins again with its credentials.
 */
import type { Room } from '@colyseus/sdk';

export const ROOM_NAME = 'workshop';

export type JoinOptions =
  | { role: 'facilitator'; key: string }
  | { role: 'facilitator'; nonce: string; create: { scenario: { bundled: string } | { text: string }; setup: Record<string, unknown> } }
  | { role: 'team'; team: string }
  | { role: 'team'; seat: string }
  | { role: 'projector'; lobby?: true };

export interface ConnectionEvents {
  message(type: string, body: unknown): void;
  /** The connection dropped; Colyseus is trying to get it back. */
  dropped(): void;
  reconnected(): void;
  /** Gone for good from Colyseus's side: `consented` when we left ourselves. */
  left(code: number, consented: boolean): void;
}

export interface Connection {
  roomId: string;
  send(type: string, body: object): void;
  leave(): Promise<void>;
}

/** A refused join as the protocol's code (`live/no-such-room`…), `live/unreachable` when no server answered. */
export function joinErrorCode(e: unknown): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return /\b(live\/[a-z-]+)/.exec(message)?.[1] ?? 'live/unreachable';
}

const CONSENTED = 4000;

/** Create (options with `create`) or join room `code`; rejects with an error whose message starts with the protocol's code. */
export async function connect(endpoint: string, code: string | null, options: JoinOptions, on: ConnectionEvents): Promise<Connection> {
  const { Client } = await import('@colyseus/sdk');
  const client = new Client(endpoint);
  const room: Room = code === null ? await client.create(ROOM_NAME, options) : await client.joinById(code, options);
  let leaving = false;
  room.onMessage('*', (type, body) => on.message(String(type), body));
  room.onDrop(() => on.dropped());
  room.onReconnect(() => on.reconnected());
  room.onLeave((closeCode) => on.left(closeCode, leaving || closeCode === CONSENTED));
  return {
    roomId: room.roomId,
    send: (type, body) => room.send(type, body),
    leave: async () => {
      leaving = true;
      await room.leave(true).catch(() => undefined);
    },
  };
}
