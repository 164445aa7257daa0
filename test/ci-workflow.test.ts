import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NOT_DONE } from '../src/scripts/audit.ts';

// The GitHub workflow and .ci/run must run the same things: this keeps them in step.

const root = join(import.meta.dirname, '..');

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  'timeout-minutes'?: number;
  container?: string | { image: string };
  steps: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[] }; pull_request?: unknown };
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
const jobs = Object.values(workflow.jobs);
const job = jobs[0];
const steps = job?.steps ?? [];

/** Every command a step runs, one per line, comments and blank lines left out. */
const workflowCommands = steps.flatMap((step) => commandLines(step.run ?? ''));
const ciRun = readFileSync(join(root, '.ci/run'), 'utf8');
const ciRunCommands = commandLines(ciRun);

function commandLines(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The first command line that runs `command`, and where it is. */
function find(commands: string[], command: RegExp): { index: number; line: string } {
  const index = commands.findIndex((line) => command.test(line));
  return { index, line: commands[index] ?? '' };
}

const stepRunning = (command: RegExp): Step | undefined =>
  steps.find((step) => commandLines(step.run ?? '').some((line) => command.test(line)));

const NPM_CI = /^npm ci\b/;
const AUDIT = /^npm run audit\b/;
const CHECK = /^npm run check\b/;
const TEST = /^npm test\b/;
const JAVA_INSTALL = /\b(?:apt-get install|apt_install)\b.*\bdefault-jre-headless\b/;

describe('.github/workflows/ci.yml and .ci/run', () => {
  it('has one job', () => {
    expect(jobs).toHaveLength(1);
  });

  it('both run npm ci, then npm run audit, then npm test', () => {
    for (const commands of [workflowCommands, ciRunCommands]) {
      const order = [NPM_CI, AUDIT, TEST].map((command) => find(commands, command).index);
      expect(order.every((index) => index >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  it("both install Debian's Java runtime for the HTML check before npm test", () => {
    for (const commands of [workflowCommands, ciRunCommands]) {
      const java = find(commands, JAVA_INSTALL).index;
      expect(java).toBeGreaterThanOrEqual(0);
      expect(java).toBeLessThan(find(commands, TEST).index);
    }
    // Only where java is missing, as for Chromium.
    expect(ciRun).toMatch(
      /if ! command -v java\b[^\n]*; then\n[^\n]*\n\s*apt_install default-jre-headless\n/,
    );
  });

  it('install with the same npm ci command', () => {
    expect(find(workflowCommands, NPM_CI).line).toBe(find(ciRunCommands, NPM_CI).line);
  });

  it('.ci/run fails on an advisory and on an undone audit only with AUDIT_REQUIRED=1', () => {
    expect(ciRun).toMatch(
      /audit_status=0\nnpm run audit 2>&1 \| tee "\$audit_log" \|\| audit_status=\$\?/,
    );
    expect(ciRun).toContain('if [ "${AUDIT_REQUIRED:-}" = 1 ]; then');
    expect(ciRun).toContain('ci: WARNING: dependency audit not done: ');
  });

  it('.ci/run quotes the reason the audit gives for not being done', () => {
    expect(ciRun).toContain(`reason=$(sed -n 's/^${NOT_DONE}//p' "$audit_log" | head -n 1)`);
  });
});

describe('.github/workflows/ci.yml', () => {
  it('runs on pushes to main and on pull requests', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect('pull_request' in workflow.on).toBe(true);
  });

  it('uses Node 24', () => {
    const image =
      typeof job?.container === 'string' ? job.container : (job?.container?.image ?? '');
    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    const nodeVersion = String(setupNode?.with?.['node-version'] ?? '');
    expect(/^node:24(?:[.-]|$)/.test(image) || /^24(?:\.|$)/.test(nodeVersion)).toBe(true);
  });

  it('runs the audit with AUDIT_REQUIRED=1', () => {
    expect(String(stepRunning(AUDIT)?.env?.['AUDIT_REQUIRED'])).toBe('1');
  });

  it('runs the content check with GitHub annotations', () => {
    expect(find(workflowCommands, CHECK).line).toBe('npm run check -- --format github');
  });

  it('reads the repository only, stops after 20 minutes and cancels superseded runs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job?.['timeout-minutes']).toBeLessThanOrEqual(20);
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(true);
  });

  it("uploads Playwright's report, and nothing else, only on failure", () => {
    const uploads = steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.with?.['path']).toBe('playwright-report/');
    expect(uploads[0]?.if).toMatch(/\bfailure\(\)/);
  });
});
