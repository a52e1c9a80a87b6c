/**
 * The engine's public entry, re-exported for `loadEngine`'s dynamic import only. A separate module
 * so that the bundler can split it: the store also imports a few light engine values statically
 * (the text picker), and a module imported both ways would be pulled whole into the first script.
 */
export * from '../engine';
