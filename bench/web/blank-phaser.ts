/** The bench's baseline: a blank Phaser 4 page, ready when its only scene has been created. */
import Phaser from 'phaser';

class Blank extends Phaser.Scene {
  create(): void {
    (window as unknown as { __ready?: number }).__ready = performance.now();
  }
}

new Phaser.Game({ type: Phaser.CANVAS, width: 800, height: 600, scene: Blank, banner: false });
