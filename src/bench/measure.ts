import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  seconds: number;
  /** Peak resident memory of the process tree's largest process, in MB (null when unmeasurable). */
  peakRssMb: number | null;
  code: number;
  output: string;
}

/** GNU time reports the peak RSS of the command; without it memory is not measured. */
const GNU_TIME = '/usr/bin/time';

/** Runs a Node script in `cwd` and measures its wall time and peak memory. */
export async function measure(
  script: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  const scratch = await mkdtemp(join(tmpdir(), 'backrack-measure-'));
  const rssFile = join(scratch, 'rss');
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const commandArgs = useTime
    ? ['-f', '%M', '-o', rssFile, process.execPath, script, ...args]
    : [script, ...args];
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('close', (exit) => resolve({ code: exit ?? 1, output: text }));
  });
  const seconds = (performance.now() - started) / 1000;
  const kilobytes = useTime
    ? Number((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').at(-1))
    : Number.NaN;
  await rm(scratch, { recursive: true, force: true });
  return {
    seconds,
    peakRssMb: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null,
    code,
    output,
  };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Runs `times` times; fails loudly if any run fails, so a broken build is never timed. */
export async function repeat(
  times: number,
  label: string,
  run: () => Promise<Run>,
): Promise<{ seconds: number; peakRssMb: number | null }> {
  const runs: Run[] = [];
  for (let index = 0; index < times; index += 1) {
    const result = await run();
    if (result.code !== 0) {
      throw new Error(
        `${label} failed (exit ${result.code}):\n${result.output.split('\n').slice(-25).join('\n')}`,
      );
    }
    runs.push(result);
  }
  const memory = runs.map((r) => r.peakRssMb).filter((mb): mb is number => mb !== null);
  return {
    seconds: median(runs.map((r) => r.seconds)),
    peakRssMb: memory.length ? median(memory) : null,
  };
}
