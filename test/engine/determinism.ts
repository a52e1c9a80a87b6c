/**
 * A digest of what the engine computes over many seeded games, for the determinism fixture
 * (`determinism.test.ts`): random games played in place, and games played through the public,
 * copy-on-write `playTurn` with their turn reports, then scored and replayed from their logs.
 * Regenerate (only when the engine's results are meant to change):
 * `CELLULE_WRITE_DETERMINISM=1 npx vitest run test/engine/determinism.test.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashText } from '../../src/engine/hash';
import { createGame, legalDecisions, playTurn, releasableInjects } from '../../src/engine/game';
import { replay, toLog } from '../../src/engine/log';
import type { LoadedScenario } from '../../src/engine/loaded';
import { score } from '../../src/engine/score';
import { PlayerRandom, randomGame } from '../../src/engine/sim/randomPlayer';
import { bundledFiles, loadBundled } from './bundled';

export const FIXTURE = join(__dirname, 'fixtures', 'determinism.json');
export const RANDOM_GAMES = 2000;
export const PUBLIC_GAMES = 150;

/** One running digest: a long text would cost memory, so fold each piece in as it comes. */
class Digest {
  private parts: string[] = [];
  add(value: unknown): void {
    this.parts.push(hashText(JSON.stringify(value)));
    if (this.parts.length >= 256) this.parts = [hashText(this.parts.join(''))];
  }
  value(): string {
    return hashText(this.parts.join(''));
  }
}

/** Digests of one scenario's seeded games: in-place random play, and public `playTurn` play. */
export function digestScenario(loaded: LoadedScenario): { random: string; public: string; replayed: number } {
  const random = new Digest();
  let replayed = 0;
  for (let i = 0; i < RANDOM_GAMES; i++) {
    const seed = i * 2654435761 % 2 ** 31 - 2 ** 30;
    const options = i % 3 === 0 ? {} : { stopChance: 0.1 + (i % 7) / 10, releaseChance: 0.5, assessChance: 0.6 };
    const state = randomGame(loaded, seed, i * 7 + 1, options);
    random.add(state);
    random.add(score(loaded, state));
    if (i % 50 === 0) {
      const r = replay(loaded, toLog(state));
      if (!r.ok) throw new Error(r.errors[0]!.message);
      random.add(r.value);
      replayed++;
    }
  }
  const pub = new Digest();
  for (let i = 0; i < PUBLIC_GAMES; i++) {
    const rnd = new PlayerRandom(i + 99);
    let state = createGame(loaded, i * 31 + 5);
    while (!state.ending) {
      const legal = legalDecisions(loaded, state);
      const decisions = legal.filter(() => rnd.next() < 0.4);
      const released = releasableInjects(loaded, state).filter(() => rnd.next() < 0.3);
      const actors = loaded.scenario.actors;
      const assessment = actors.length > 0 && rnd.next() < 0.5 ? Object.fromEntries(actors.map((a, k) => [a.id, k + 1])) : undefined;
      const r = playTurn(loaded, state, { decisions, released, ...(assessment ? { assessment } : {}) });
      // An illegal combination (one decision blocking another) is refused: the refusal is digested too.
      if (!r.ok) {
        pub.add(r.errors);
        const again = playTurn(loaded, state, { decisions: decisions.slice(0, 1) });
        if (!again.ok) throw new Error(again.errors[0]!.message);
        pub.add(again.value.report);
        state = again.value.state;
        continue;
      }
      pub.add(r.value.report);
      state = r.value.state;
    }
    pub.add(state);
    pub.add(score(loaded, state));
  }
  return { random: random.value(), public: pub.value(), replayed };
}

export function digestAll(): Record<string, { random: string; public: string; replayed: number }> {
  return Object.fromEntries(bundledFiles().map((f) => [f, digestScenario(loadBundled(f))]));
}

export function writeFixture(): void {
  writeFileSync(FIXTURE, JSON.stringify(digestAll(), null, 2) + '\n');
}
