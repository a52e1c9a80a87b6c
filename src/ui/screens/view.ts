/** A screen or panel: mounted into a root element, returns its clean-up. */
import type { App } from '../../store';
import type { Shell } from '../stage';

export type View = (root: HTMLElement, app: App, shell: Shell) => () => void;
