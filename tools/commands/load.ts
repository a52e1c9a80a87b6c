/**
 * A command's run function, imported when it is asked for: the TypeScript, under tsx in the
 * repo. The build (scripts/build-cli.mjs) puts ./loadBuilt.ts in this module's place.
 */
import type { CommandName } from './usage';

export type Run = (args: string[]) => number | Promise<number>;

export async function loadCommand(name: CommandName): Promise<Run> {
  switch (name) {
    case 'analyse':
      return (await import('./analyse')).runAnalyse;
    case 'check':
      return (await import('./check')).runCheck;
    case 'msel':
      return (await import('./msel')).runMsel;
    case 'play':
      return (await import('./play')).runPlay;
    case 'schema':
      return (await import('./schema')).runSchema;
  }
}
