/** What the DOM views need from the Phaser side: put the canvas in a slot and run a scene there. */

export type SceneKey = 'Title' | 'ScenarioSelect' | 'Briefing' | 'OpsRoom' | 'Debrief';

export interface StageHost {
  /** Move the canvas into `slot` and run `scene` (loads Phaser on first use). */
  show(slot: HTMLElement, scene: SceneKey): void;
  /** The view that owned `slot` is going away: park the canvas and pause. */
  release(slot: HTMLElement): void;
}
