/** The palette now lives in src/theme (shared with the Phaser map); re-exported for the DOM panels. */
export * from '../theme';
