/** What every map scene shares: a MapView that fits the canvas, ticks each frame and goes away with the scene. */
import * as Phaser from 'phaser';
import type { App } from '../../store';
import { MapView } from '../map/MapView';

export abstract class MapScene extends Phaser.Scene {
  protected view!: MapView;
  private unbind: (() => void) | null = null;

  constructor(
    key: string,
    protected readonly app: App,
    private readonly viewOptions: ConstructorParameters<typeof MapView>[1],
  ) {
    super({ key });
  }

  /** Feed the view from the store; returns the unsubscribe. */
  protected abstract bind(view: MapView): () => void;

  create(): void {
    this.view = new MapView(this, this.viewOptions);
    this.view.layout(this.scale.width, this.scale.height);
    const onResize = (size: Phaser.Structs.Size) => this.view.layout(size.width, size.height);
    this.scale.on('resize', onResize);
    this.unbind = this.bind(this.view);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.unbind?.();
      this.unbind = null;
      this.view.destroy();
    });
  }

  override update(time: number, delta: number): void {
    this.view.tick(time, delta);
  }
}
