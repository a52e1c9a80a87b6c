/** Child processes for multi-process tests and the live bench: redis-server and live servers on loopback ports, each killed on stop. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Proc {
  port: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Is Debian's redis-server on the PATH? */
export function hasRedis(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resolve when the child's output contains `ready`; reject on exit or after `ms`. */
function waitFor(child: ChildProcess, ready: RegExp, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} not ready within ${ms} ms: ${seen.slice(-500)}`)), ms);
    const on = (chunk: Buffer) => {
      seen += chunk.toString();
      if (ready.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', on);
    child.stderr?.on('data', on);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}): ${seen.slice(-500)}`));
    });
  });
}

function stopper(child: ChildProcess, after: () => void = () => {}): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      const hard = setTimeout(() => child.kill('SIGKILL'), 3000);
      await gone;
      clearTimeout(hard);
    }
    after();
  };
}

/** Start redis-server on a free loopback port, without persistence. */
export async function startRedis(): Promise<Proc> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = stopper(child);
  await waitFor(child, /Ready to accept connections/, 10_000, 'redis-server').catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { port, url: `redis://127.0.0.1:${port}`, child, stop };
}

/** Start `server/main.ts` (through tsx) on a free port with its own temporary data folder (and REDIS_URL when given). */
export async function startServer(redisUrl?: string, extraEnv: Record<string, string> = {}, ms = 30_000): Promise<Proc> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'cellule-proc-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', CELLULE_DATA: dir, REDIS_URL: redisUrl ?? '', ...extraEnv };
  // tsx as a loader in one node process (not npx or the tsx CLI, which fork): the signal reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = stopper(child, () => rmSync(dir, { recursive: true, force: true }));
  await waitFor(child, /listening on/, ms, `server on ${port}`).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { port, url: `http://127.0.0.1:${port}`, child, stop };
}

/** Resident memory of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** CPU time a process has used, in seconds (user + system, Linux /proc). */
export function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are the stat file's fields 14 and 15, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
