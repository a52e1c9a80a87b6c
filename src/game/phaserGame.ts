/** The one Phaser game: created once, lazily, with every scene; the DOM decides which one runs. */
import * as Phaser from 'phaser';
import type { App } from '../store';
import { COLORS } from '../theme';
import type { SceneKey } from './stageHost';
import { Boot } from './scenes/Boot';
import { Briefing } from './scenes/Briefing';
import { Debrief } from './scenes/Debrief';
import { OpsRoom } from './scenes/OpsRoom';
import { ScenarioSelect } from './scenes/ScenarioSelect';
import { Title } from './scenes/Title';

export interface GameHandle {
  /** Run one scene (stopping the others) and resume the loop. */
  run(key: SceneKey): void;
  /** Pause the loop while the canvas is parked. */
  sleep(): void;
  /** Re-measure the parent after the canvas moved. */
  refresh(): void;
}

/**
 * Canvas 2D by default: the map is a few hundred shapes, and Canvas holds 60 fps even where WebGL
 * falls back to software rendering (projector laptops, VMs). `?renderer=webgl` (or `auto`) overrides it.
 */
function rendererType(): number {
  const r = new URLSearchParams(window.location.search).get('renderer');
  return r === 'webgl' ? Phaser.WEBGL : r === 'auto' ? Phaser.AUTO : Phaser.CANVAS;
}

const SCENES: SceneKey[] = ['Title', 'ScenarioSelect', 'Briefing', 'OpsRoom', 'Debrief'];

/** Create the game in `parent`; resolves once Boot has prepared textures and fonts. */
export function createGame(parent: HTMLElement, app: App, onProgress: (p: number) => void): Promise<GameHandle> {
  return new Promise((resolve) => {
    let game: Phaser.Game;
    const handle: GameHandle = {
      run(key) {
        for (const k of SCENES) if (k !== key && game.scene.isActive(k)) game.scene.stop(k);
        if (!game.scene.isActive(key)) game.scene.start(key);
        game.loop.wake();
        handle.refresh();
      },
      sleep() {
        for (const k of SCENES) if (game.scene.isActive(k)) game.scene.stop(k);
        game.loop.sleep();
      },
      refresh() {
        requestAnimationFrame(() => {
          game.scale.getParentBounds();
          game.scale.refresh();
        });
      },
    };
    game = new Phaser.Game({
      type: rendererType(),
      parent,
      backgroundColor: COLORS.bg,
      transparent: false,
      banner: false,
      audio: { noAudio: true },
      disableContextMenu: true,
      antialias: true,
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%', resizeInterval: 250 },
      render: { powerPreference: 'high-performance' },
      scene: [
        new Boot(onProgress, () => {
          game.scene.stop('Boot');
          resolve(handle);
        }),
        new Title(app),
        new ScenarioSelect(app),
        new Briefing(app),
        new OpsRoom(app),
        new Debrief(app),
      ],
    });
  });
}
