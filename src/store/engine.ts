/**
 * The engine, loaded on demand: it carries zod and the checker, which the title screen
 * must not pay for. Everything else in the store imports engine *types* only.
 */
import type * as Engine from '../engine';

export type EngineModule = typeof Engine;

let engineModule: EngineModule | null = null;
let pending: Promise<EngineModule> | null = null;

/** Load the engine once; later calls return the same module. */
export function loadEngine(): Promise<EngineModule> {
  if (engineModule) return Promise.resolve(engineModule);
  pending ??= (async () => {
    // The engine's schema module turns zod's JIT off itself (it would probe `new Function`).
    engineModule = await import('./engineModule');
    return engineModule;
  })();
  return pending;
}

/** The loaded engine; only valid once `loadEngine` has resolved (a session implies it has). */
export function engine(): EngineModule {
  if (!engineModule) throw new Error('engine used before loadEngine() resolved');
  return engineModule;
}
