import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The project root, where the scripts live. */
export const projectRoot = join(import.meta.dirname, '..');

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const run = promisify(execFile);

/**
 * Runs one of the project's scripts as `npm run` would, on the Node that runs
 * the tests (24), and returns its exit code and output instead of throwing.
 */
export async function runScript(
  script: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(projectRoot, script), ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, GITHUB_ACTIONS: '', ...options.env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Outcome;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
