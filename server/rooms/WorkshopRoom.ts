/**
 * The `workshop` room: one live workshop, code = roomId. Thin: it turns messages into calls of
 * the workshop core (through LiveWorkshop) and sends each client its own role's view. No schema
 * state is synchronised: a per-client message is what lets each role see only what it may.
 */
import { ClientState, Room, ServerError, type Client } from '@colyseus/core';
import type { WorkshopSetup } from '../../src/workshop';
import type { LiveContext, LiveError, Seat } from '../context';
import { MessageBucket } from '../limits';
import { createOptions } from '../protocol';
import { hashSecret, randomSeed, roomCode, secret } from '../secrets';
import { LiveWorkshop } from '../state/liveWorkshop';
import { scenarioFor } from '../state/scenario';
import { intentOf } from './intents';
import { admit, type Welcome } from './seats';

/** Connections not counted among the devices in the room. */
const GONE = new Set<number>([ClientState.RECONNECTING, ClientState.LEAVING, ClientState.CLOSED]);

/** Seconds a dropped connection keeps its place for Colyseus's own reconnection. */
const RECONNECT_SECONDS = 60;

/** The room class, bound to the server's context. */
export function workshopRoom(ctx: LiveContext) {
  return class WorkshopRoom extends Room {
    override autoDispose = false;
    override maxClients = 128;
    /** Colyseus's own hard stop, far above ours (MessageBucket throttles first). */
    override maxMessagesPerSecond = ctx.rate.perSecond * 10;
    live!: LiveWorkshop;
    seats = new Map<string, Seat>();
    buckets = new Map<string, MessageBucket>();
    creator: { nonce: string; key: string } | null = null;
    /** Connections dropped for flooding: no reconnection window for them. */
    flooders = new Set<string>();

    override onCreate(options: unknown) {
      this.live = this.restoreOrCreate(options);
      this.roomId = this.live.code;
      ctx.open.add(this.live.code);
      void this.setPrivate(true);
      this.onMessage('*', (client: Client, type: string | number, message: unknown) => this.receive(client, type, message));
      this.clock.setInterval(() => this.tick(), ctx.tickMs);
    }

    restoreOrCreate(options: unknown): LiveWorkshop {
      const o = options as { restore?: { code?: unknown; ticket?: unknown } } | null;
      if (o?.restore) {
        const live = typeof o.restore.code === 'string' && o.restore.ticket === ctx.restoreTicket ? ctx.restoring.get(o.restore.code) : undefined;
        if (!live) throw new ServerError(403, 'live/bad-join: not a workshop to restore');
        ctx.restoring.delete(live.code);
        return live;
      }
      const parsed = createOptions.safeParse(options);
      if (!parsed.success) throw new ServerError(400, `live/bad-setup: ${parsed.error.issues[0]?.message ?? 'bad options'}`);
      const scenario = scenarioFor(parsed.data.create.scenario);
      if (!scenario.ok) throw new ServerError(400, `live/bad-scenario: ${scenario.message}`);
      let code = roomCode();
      while (ctx.db.hasRoom(code)) code = roomCode();
      const key = secret();
      const s = parsed.data.create.setup;
      const setup: WorkshopSetup = {
        createdAt: ctx.now().toISOString(),
        locale: s.locale,
        teams: s.teams.map((t) => (t.seed === undefined ? { name: t.name } : { name: t.name, seed: t.seed })),
        seed: s.seed ?? randomSeed(),
        secondsPerTurn: s.secondsPerTurn ?? null,
        releasable: s.releasable ?? [],
        hideLeaderboard: s.hideLeaderboard ?? false,
      };
      const r = LiveWorkshop.create(ctx.db, code, hashSecret(key), scenario.text, scenario.loaded, setup);
      if (!r.ok) throw new ServerError(400, `live/bad-setup: ${r.error.message}`);
      this.creator = { nonce: parsed.data.nonce, key };
      return r.live;
    }

    override onAuth(_client: Client, options: unknown): Welcome {
      const welcome = admit(options, this.live, ctx.db, this.creator);
      if (welcome.key) this.creator = null;
      return welcome;
    }

    override onJoin(client: Client, _options: unknown, welcome: Welcome) {
      this.seats.set(client.sessionId, welcome.seat);
      const team = welcome.seat.role === 'team' ? { team: welcome.seat.team } : {};
      const scenario = { id: this.live.loaded.scenario.id, hash: this.live.loaded.hash };
      client.send('welcome', { code: this.live.code, role: welcome.seat.role, scenario, ...team, ...(welcome.key ? { key: welcome.key } : {}), ...(welcome.token ? { seat: welcome.token } : {}) });
      this.sendView(client);
      this.devicesChanged();
    }

    /** The console shows who is connected: it hears of every join, drop and leave. */
    devicesChanged() {
      this.sendViews((s) => s.role === 'facilitator');
    }

    devices() {
      const out = { teams: {} as Record<string, number>, projectors: 0, consoles: 0 };
      for (const client of this.clients) {
        const seat = this.seats.get(client.sessionId);
        // A dropped connection waiting to come back is not counted.
        if (!seat || GONE.has(client.state)) continue;
        if (seat.role === 'team') out.teams[seat.team] = (out.teams[seat.team] ?? 0) + 1;
        else if (seat.role === 'projector') out.projectors += seat.lobby ? 0 : 1;
        else out.consoles++;
      }
      return out;
    }

    override async onDrop(client: Client) {
      if (this.flooders.delete(client.sessionId)) return this.onLeave(client);
      const waiting = this.allowReconnection(client, RECONNECT_SECONDS);
      this.devicesChanged();
      await waiting;
    }

    override onReconnect(client: Client) {
      this.sendView(client);
      this.devicesChanged();
    }

    override onLeave(client: Client) {
      this.seats.delete(client.sessionId);
      this.buckets.delete(client.sessionId);
      this.devicesChanged();
    }

    override onDispose() {
      if (this.live) ctx.open.delete(this.live.code);
    }

    receive(client: Client, type: string | number, message: unknown) {
      const bucket = this.buckets.get(client.sessionId) ?? new MessageBucket(Date.now(), ctx.rate.perSecond, ctx.rate.burst);
      this.buckets.set(client.sessionId, bucket);
      const budget = bucket.take(Date.now());
      if (budget !== 'ok') {
        if (budget === 'drop' || bucket.firstRefusal) this.refuse(client, { code: 'live/flood', message: 'too many messages; slow down' });
        if (budget === 'drop') {
          this.flooders.add(client.sessionId);
          client.leave(4429);
        }
        return;
      }
      const seat = this.seats.get(client.sessionId);
      if (!seat) return;
      try {
        const intent = intentOf(seat, type, message, { at: ctx.now().toISOString(), keyHash: this.live.keyHash, turn: this.live.turn() });
        if (intent.kind === 'error') return this.refuse(client, intent.error);
        if (intent.kind === 'session') return client.send('session', { text: this.live.sessionText() });
        if (intent.kind === 'scenario') return client.send('scenario', { text: this.live.scenarioText });
        if (intent.kind === 'draft') {
          this.live.saveDraft(intent.team, { decisions: intent.decisions, ...(intent.assessment ? { assessment: intent.assessment } : {}) });
          return this.sendViews((s) => s.role === 'team' && s.team === intent.team);
        }
        const r = this.live.apply(intent.input);
        if (!r.ok) return this.refuse(client, { code: r.code, message: r.message, type: String(type) });
        this.afterEvent();
      } catch (e) {
        this.refuse(client, { code: 'live/bad-message', message: e instanceof Error ? e.message : 'refused' });
      }
    }

    /** The timer ran out: close the turn for every team that has not locked. */
    tick() {
      const now = ctx.now().toISOString();
      if (this.live.timerExpired(now) && this.live.apply({ type: 'advance', at: now }).ok) this.afterEvent();
    }

    afterEvent() {
      this.sendViews(() => true);
      // An ended workshop is not restored after a restart; its room goes when its last client leaves.
      if (this.live.ended) this.autoDispose = true;
    }

    refuse(client: Client, error: LiveError) {
      client.send('error', error);
    }

    sendViews(which: (seat: Seat) => boolean) {
      for (const client of this.clients) {
        const seat = this.seats.get(client.sessionId);
        if (seat && which(seat)) this.sendView(client);
      }
    }

    sendView(client: Client) {
      const seat = this.seats.get(client.sessionId);
      const now = ctx.now().toISOString();
      if (!seat) return;
      const view = seat.role === 'team' ? this.live.teamView(seat.team, now) : seat.role === 'projector' ? this.live.projectorView(now) : { ...this.live.facilitatorView(now), devices: this.devices() };
      client.send('view', { code: this.live.code, view });
    }
  };
}
