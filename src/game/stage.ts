/**
 * The canvas host the DOM views use (src/game/stageHost.ts): Phaser is imported only here, lazily, the
 * first time a view asks for the canvas (the title screen asks once it is idle).
 */
import type { App } from '../store';
import type { SceneKey, StageHost } from './stageHost';
import type { GameHandle } from './phaserGame';

/** The canvas host for the DOM views; Phaser loads on first use. */
export function createStage(app: App): StageHost {
  const host = document.createElement('div');
  host.className = 'stage';
  host.dataset.testid = 'stage';
  let game: GameHandle | null = null;
  let loading: Promise<GameHandle | null> | null = null;
  let owner: HTMLElement | null = null;
  let wanted: SceneKey | null = null;

  const load = (): Promise<GameHandle | null> => {
    loading ??= (async () => {
      app.actions.setLoading('graphics', 0.1);
      try {
        const { createGame } = await import('./phaserGame');
        app.actions.setLoading('graphics', 0.4);
        game = await createGame(host, app, (p) => app.actions.setLoading('graphics', 0.4 + 0.6 * p));
      } catch (e) {
        // No canvas (no WebGL nor 2D context): the DOM panels still carry the whole game.
        console.error('graphics unavailable', e);
        host.dataset.failed = 'true';
      }
      app.actions.setLoading(null);
      if (game) {
        if (owner && wanted) game.run(wanted);
        else game.sleep();
      }
      return game;
    })();
    return loading;
  };

  return {
    show(slot, scene) {
      owner = slot;
      wanted = scene;
      slot.append(host);
      if (game) game.run(scene);
      else void load();
    },
    release(slot) {
      if (owner !== slot) return;
      owner = null;
      wanted = null;
      host.remove();
      game?.sleep();
    },
  };
}
