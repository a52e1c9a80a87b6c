/** One map node as drawn: its place (fractions and pixels), its icon and label, its pulse. */
import type * as Phaser from 'phaser';
import type { NodeKind } from '../../store';

export interface NodeView {
  id: string;
  kind: NodeKind;
  metric: string | undefined;
  fx: number;
  fy: number;
  x: number;
  y: number;
  icon: Phaser.GameObjects.Image | null;
  label: Phaser.GameObjects.Text;
  pulse: number;
}
