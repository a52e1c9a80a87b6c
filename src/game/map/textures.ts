/**
 * Textures for the map, drawn from our SVG icons onto canvases (no loader XHR: a strict CSP
 * allows images from data: URLs, not fetches of them).
 */
import type * as Phaser from 'phaser';
import type { NodeKind } from '../../store';
import { KIND_ICONS, kindTexture } from './kindIcons';

const SIZE = 96;

function rasterise(svg: string): Promise<HTMLCanvasElement> {
  const white = svg.replace(/currentColor/g, '#ffffff').replace(/<!--[\s\S]*?-->/g, '');
  const img = new Image(SIZE, SIZE);
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(white);
  return img.decode().then(() => {
    const canvas = document.createElement('canvas');
    canvas.width = SIZE;
    canvas.height = SIZE;
    canvas.getContext('2d')!.drawImage(img, 0, 0, SIZE, SIZE);
    return canvas;
  });
}

/** Add every node-kind icon as a texture, reporting progress 0..1. */
export async function addKindTextures(textures: Phaser.Textures.TextureManager, onProgress: (p: number) => void): Promise<void> {
  const kinds = Object.keys(KIND_ICONS) as NodeKind[];
  let done = 0;
  await Promise.all(
    kinds.map(async (kind) => {
      if (!textures.exists(kindTexture(kind))) {
        try {
          textures.addCanvas(kindTexture(kind), await rasterise(KIND_ICONS[kind]));
        } catch {
          // A missing icon leaves the node as a plain disc.
        }
      }
      done += 1;
      onProgress(done / kinds.length);
    }),
  );
}
