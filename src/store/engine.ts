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
    // zod's JIT probes `new Function`, which a strict CSP reports as a violation: turn it off
    // before the engine's schemas are built.
    const { z } = await import('zod');
    z.config({ jitless: true });
    engineModule = await import('../engine');
    return engineModule;
  })();
  return pending;
}

/** The loaded engine; only valid once `loadEngine` has resolved (a session implies it has). */
export function engine(): EngineModule {
  if (!engineModule) throw new Error('engine used before loadEngine() resolved');
  return engineModule;
}
