/** The game layer's public entry: the canvas host the DOM views mount (Phaser itself loads lazily). */
export { createStage } from './stage';
export type { SceneKey, StageHost } from './stageHost';
