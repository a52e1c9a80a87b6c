/** What every field of a part's form needs: the controller, the studio's state, the scenario's languages and ids. */
import type { StudioController } from './controller';
import type { IdKind } from './parts';
import type { StudioState } from './studioState';

export interface FormContext {
  c: StudioController;
  state: StudioState;
  locales: string[];
  ids: Record<IdKind, string[]>;
}
