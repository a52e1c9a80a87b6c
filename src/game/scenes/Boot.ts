/** Boot: draws a progress bar while the map's textures and fonts get ready, then hands over. */
import * as Phaser from 'phaser';
import { COLORS } from '../../theme';
import { addKindTextures } from '../map/textures';

/** First scene: prepares textures and fonts behind a progress bar. */
export class Boot extends Phaser.Scene {
  constructor(
    private readonly onProgress: (p: number) => void,
    private readonly onReady: () => void,
  ) {
    super({ key: 'Boot' });
  }

  create(): void {
    const bar = this.add.graphics();
    const draw = (p: number) => {
      const w = Math.min(360, this.scale.width * 0.6);
      const x = (this.scale.width - w) / 2;
      const y = this.scale.height / 2;
      bar.clear();
      bar.fillStyle(COLORS.line, 1).fillRoundedRect(x, y - 5, w, 10, 5);
      bar.fillStyle(COLORS.accent, 1).fillRoundedRect(x, y - 5, Math.max(10, w * p), 10, 5);
      this.onProgress(p);
    };
    draw(0);
    const fonts = document.fonts
      ? Promise.all([document.fonts.load('16px "Atkinson Hyperlegible"'), document.fonts.load('16px "IBM Plex Mono"')]).catch(() => [])
      : Promise.resolve([]);
    void Promise.all([addKindTextures(this.textures, (p) => draw(0.2 + 0.8 * p)), fonts]).then(() => {
      draw(1);
      this.onReady();
    });
  }
}
