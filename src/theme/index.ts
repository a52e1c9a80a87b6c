/** The theme's public entry: the palette shared by the DOM panels and the Phaser map. */
export * from './palette';
