import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the project with a dev server of its own, for the end-to-end
 * tests that edit pages (the dev toolbar app, the visual editor): the real
 * content/ is never touched, and the preview server of the other tests keeps
 * its port.
 */
const projectRoot = join(import.meta.dirname, '..');

/** Everything the dev server reads; not the build output, caches or git. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  '.build-staging',
  '.cache',
  'test-results',
  'playwright-report',
  'blob-report',
  'reports',
  '.stryker-tmp',
  'docs',
]);

/** Copies the project into a new temporary folder, with the real node_modules linked in. */
export async function copyProject(prefix: string): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), prefix));
  await cp(projectRoot, site, {
    recursive: true,
    filter: (source) =>
      !NOT_COPIED.has(source.slice(projectRoot.length + 1).split(/[\\/]/)[0] ?? ''),
  });
  await symlink(join(projectRoot, 'node_modules'), join(site, 'node_modules'), 'dir');
  return site;
}

export interface DevServer {
  /** Ends the server's whole process group (Astro starts workers of its own) and removes the copy. */
  stop(): Promise<void>;
}

/**
 * Starts a script of the copy with the Node that runs the tests (24, through
 * npm), and waits until `readyUrl` answers, or fails with what it printed.
 */
export async function startDevServer(
  site: string,
  script: string,
  args: readonly string[],
  readyUrl: string,
): Promise<DevServer> {
  let log = '';
  const server: ChildProcess = spawn(process.execPath, [join(site, script), ...args], {
    cwd: site,
    detached: true,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await rm(site, { recursive: true, force: true });
  };
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline && server.exitCode === null) {
    const ok = await fetch(readyUrl).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`${script} did not answer on ${readyUrl}:\n${log}`);
}
