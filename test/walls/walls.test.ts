/** The walls check (`npm run walls`): it catches each kind of breach, and the real code passes it. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = `${ROOT}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;
const CONFIG = `${ROOT}.dependency-cruiser.cjs`;

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Cruise `paths` from `cwd` with the real config; the violations found. */
async function cruise(cwd: string, paths: string[]): Promise<Violation[]> {
  const args = [CLI, ...paths, '--config', CONFIG, '--output-type', 'json'];
  // depcruise exits with the number of errors: a non-zero exit still carries the JSON.
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd, maxBuffer: 64 << 20 }).catch((e: { stdout?: string }) => {
    if (typeof e.stdout === 'string' && e.stdout.startsWith('{')) return { stdout: e.stdout };
    throw e;
  });
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const arrow = (v: Violation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe('walls', () => {
  it('reports a forbidden arrow, a deep import and a type-only circle, each by its rule', async () => {
    const found = (await cruise(`${ROOT}test/fixtures/walls`, ['src', 'server'])).map(arrow).sort();
    expect(found).toEqual([
      'engine-imports-nothing-of-ours: src/engine/up.ts -> src/store/index.ts',
      'no-circular: src/engine/a.ts -> src/engine/b.ts',
      'no-deep-import: server/room.ts -> src/engine/a.ts',
      'no-deep-import: src/store/index.ts -> src/engine/a.ts',
      'server-imports-engine-workshop: server/room.ts -> src/store/index.ts',
    ]);
  });

  it('passes on the real src/, tools/ and server/', async () => {
    expect((await cruise(ROOT, ['src', 'tools', 'server'])).map(arrow)).toEqual([]);
  });
});
