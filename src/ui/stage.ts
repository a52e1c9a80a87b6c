/** The DOM around a screen: the header's status slot and the canvas host (owned by src/game). */
import type { StageHost } from '../game';

export type { SceneKey, StageHost } from '../game';

/** The DOM around a screen: the header's status slot, and the canvas host. */
export interface Shell {
  status: HTMLElement;
  stage: StageHost;
}
