/**
 * `npm run audit`: checks the production dependencies against the npm
 * registry's security advisories and names every high or critical one.
 *
 * It runs `npm audit --omit=dev --json` (no shell) and reads npm's JSON:
 *
 * - each high or critical advisory gets one line, most severe first:
 *   `high  braces <3.0.3  Uncontrolled resource consumption in braces  https://github.com/advisories/GHSA-…  (path: astro > micromatch > braces; fix: npm audit fix)`
 *   The path, from a package in package.json down to the vulnerable one, is
 *   given when the vulnerable package is pulled in by another.
 * - moderate and low advisories are only counted;
 * - a last line sums it up.
 *
 * Exit codes:
 *
 * - 0  audit done: no high or critical advisory.
 * - 1  audit done: at least one high or critical advisory (named above).
 * - 2  audit NOT done: npm could not reach the registry's advisory service
 *      (blocked network, HTTP error, proxy). Nothing has been checked. `.ci/run`
 *      warns and carries on, unless AUDIT_REQUIRED=1 (as in GitHub Actions), in
 *      which case it fails like any other exit code.
 * - 3  audit NOT done for another reason: npm missing or failing (no
 *      lockfile, say), or output this script cannot read. Always a failure.
 *
 * `--offline=false` is passed because an offline npm (npm_config_offline=true)
 * skips the advisory request and reports "0 vulnerabilities": a silent pass.
 */
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
type Blocking = 'high' | 'critical';
type Below = Exclude<Severity, Blocking>;

/** One high or critical advisory against one installed package. */
export interface Finding {
  severity: Blocking;
  /** The vulnerable package. */
  name: string;
  /** The vulnerable versions, as the advisory gives them. */
  range: string;
  title: string;
  url: string | null;
  /** From a package in package.json down to `name`; null when `name` is itself one. */
  path: string[] | null;
  /** Where the package sits when no path to a direct dependency is in the report. */
  location: string | null;
  /** What fixes it, in npm's words. */
  fix: string;
}

export interface AuditVerdict {
  outcome: 'passed' | 'failed' | 'not-done' | 'broken';
  exitCode: 0 | 1 | 2 | 3;
  /** High and critical advisories, most severe first. */
  findings: Finding[];
  /** How many advisories below high were found, by severity. */
  below: Record<Below, number>;
  /** Why the audit was not done (outcomes not-done and broken). */
  reason: string | null;
  /** One line that sums it up; the last line printed. */
  summary: string;
}

/** What running npm gave back. */
export interface NpmRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Set when npm could not be started at all. */
  error?: Error | undefined;
}

// Error codes of a request that did not reach the registry or got no answer.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPROTO',
  'ERR_SOCKET_TIMEOUT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);
const SEVERITY_RANK: Record<Severity, number> = {
  info: 0,
  low: 1,
  moderate: 2,
  high: 3,
  critical: 4,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const isSeverity = (value: unknown): value is Severity =>
  typeof value === 'string' && Object.hasOwn(SEVERITY_RANK, value);
const noneBelow = (): Record<Below, number> => ({ moderate: 0, low: 0, info: 0 });

function verdict(
  outcome: AuditVerdict['outcome'],
  summary: string,
  extra: Partial<Pick<AuditVerdict, 'findings' | 'below' | 'reason'>> = {},
): AuditVerdict {
  const exitCode = ({ passed: 0, failed: 1, 'not-done': 2, broken: 3 } as const)[outcome];
  return {
    outcome,
    exitCode,
    findings: extra.findings ?? [],
    below: extra.below ?? noneBelow(),
    reason: extra.reason ?? null,
    summary,
  };
}

/** npm's `fixAvailable`, as the command that applies it. */
export function describeFix(fixAvailable: unknown): string {
  if (fixAvailable === true) return 'fix: npm audit fix';
  if (isRecord(fixAvailable) && text(fixAvailable['name']) && text(fixAvailable['version'])) {
    const target = `${String(fixAvailable['name'])}@${String(fixAvailable['version'])}`;
    return fixAvailable['isSemVerMajor'] === true
      ? `fix: npm audit fix --force, which installs ${target}, a breaking change`
      : `fix: npm audit fix --force, which installs ${target}`;
  }
  return 'no fix available';
}

/**
 * The shortest chain from a package in package.json to `name`, following
 * npm's `effects` (the packages that are vulnerable because they depend on it).
 */
function pathFromDirect(name: string, vulnerabilities: Record<string, unknown>): string[] | null {
  const queue: string[][] = [[name]];
  const seen = new Set([name]);
  for (let chain = queue.shift(); chain; chain = queue.shift()) {
    const last = chain.at(-1) ?? name;
    const entry = vulnerabilities[last];
    if (!isRecord(entry)) continue;
    if (entry['isDirect'] === true && last !== name) return chain.toReversed();
    const effects = Array.isArray(entry['effects']) ? entry['effects'] : [];
    for (const effect of effects) {
      if (typeof effect === 'string' && !seen.has(effect)) {
        seen.add(effect);
        queue.push([...chain, effect]);
      }
    }
  }
  return null;
}

const bySeverityThenName = (a: Finding, b: Finding): number =>
  SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
  a.name.localeCompare(b.name) ||
  (a.url ?? '').localeCompare(b.url ?? '');

/** One finding as a compiler-like line. */
export function formatFinding(finding: Finding): string {
  const where = finding.path
    ? `path: ${finding.path.join(' > ')}`
    : finding.location
      ? `indirect, at ${finding.location}`
      : null;
  const notes = [where, finding.fix].filter(Boolean).join('; ');
  const parts = [
    finding.severity,
    `${finding.name} ${finding.range}`,
    finding.title,
    ...(finding.url ? [finding.url] : []),
    `(${notes})`,
  ];
  return parts.join('  ');
}

function belowText(below: Record<Below, number>): string {
  const parts = [`${below.moderate} moderate`, `${below.low} low`];
  if (below.info > 0) parts.push(`${below.info} info`);
  return `${parts.join(', ')} not listed (npm audit --omit=dev shows them)`;
}

/** Reads a version 2 audit report (npm 7 to 11). */
function assessReport(report: Record<string, unknown>): AuditVerdict {
  if (report['auditReportVersion'] !== 2 || !isRecord(report['vulnerabilities'])) {
    const reason = `unknown npm audit report format (auditReportVersion ${JSON.stringify(report['auditReportVersion'])}); src/scripts/audit.ts reads version 2`;
    return verdict('broken', `audit could not read npm's report: ${reason}`, { reason });
  }
  const vulnerabilities = report['vulnerabilities'];
  const findings: Finding[] = [];
  const below = noneBelow();
  const seen = new Set<string>();

  for (const [key, entry] of Object.entries(vulnerabilities)) {
    if (!isRecord(entry)) continue;
    const name = text(entry['name']) ?? key;
    // `via` holds advisories (objects) against this package, and the names of
    // the vulnerable packages it depends on (strings), which have their own entries.
    const via = Array.isArray(entry['via']) ? entry['via'] : [];
    for (const advisory of via) {
      if (!isRecord(advisory) || !isSeverity(advisory['severity'])) continue;
      const id = `${name}\0${String(advisory['source'] ?? advisory['url'] ?? advisory['title'])}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const severity = advisory['severity'];
      if (severity !== 'high' && severity !== 'critical') {
        below[severity] += 1;
        continue;
      }
      const isDirect = entry['isDirect'] === true;
      const path = isDirect ? null : pathFromDirect(name, vulnerabilities);
      const nodes = Array.isArray(entry['nodes']) ? entry['nodes'] : [];
      findings.push({
        severity,
        name,
        range: text(advisory['range']) ?? text(entry['range']) ?? '*',
        title: text(advisory['title']) ?? '(no title)',
        url: text(advisory['url']),
        path,
        location: isDirect || path ? null : (nodes.map(text).find(Boolean) ?? null),
        fix: describeFix(entry['fixAvailable']),
      });
    }
  }
  findings.sort(bySeverityThenName);

  const critical = findings.filter((finding) => finding.severity === 'critical').length;
  const high = findings.length - critical;
  if (findings.length > 0) {
    const noun = findings.length === 1 ? 'advisory' : 'advisories';
    return verdict(
      'failed',
      `audit failed: ${findings.length} high or critical ${noun} in production dependencies (${critical} critical, ${high} high); ${belowText(below)}`,
      { findings, below },
    );
  }

  // npm's own tally, per package: if it counts a high or critical package that
  // no advisory above accounts for, the report is not what this script expects.
  const counted = isRecord(report['metadata']) ? report['metadata']['vulnerabilities'] : undefined;
  const npmHigh = isRecord(counted)
    ? Number(counted['high'] ?? 0) + Number(counted['critical'] ?? 0)
    : 0;
  if (npmHigh > 0) {
    const reason = `npm counts ${npmHigh} high or critical vulnerable packages, but no advisory in its report could be read`;
    return verdict('broken', `audit could not read npm's report: ${reason}`, { below, reason });
  }
  const total = below.moderate + below.low + below.info;
  return verdict(
    'passed',
    total === 0
      ? 'audit passed: no known advisories in production dependencies'
      : `audit passed: no high or critical advisories in production dependencies; ${belowText(below)}`,
    { below },
  );
}

/** npm's `npm error …` lines, without the pointer to its log file. */
function npmErrorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => /^npm (?:error|ERR!) (.*)$/.exec(line.trim())?.[1]?.trim() ?? '')
    .filter((line) => line !== '' && !line.startsWith('A complete log of this run'));
}

/**
 * Turns npm's JSON (a report, or the error npm prints with `--json`) into a
 * verdict. Pure: `stderr` only adds npm's own words to the reason.
 */
export function assessAudit(output: unknown, stderr = ''): AuditVerdict {
  if (!isRecord(output)) {
    const reason = 'npm audit did not print a JSON object';
    return verdict('broken', `audit could not run: ${reason}`, { reason });
  }
  if ('auditReportVersion' in output || 'vulnerabilities' in output) return assessReport(output);

  const npmSays = npmErrorLines(stderr).join('; ');
  const error = isRecord(output['error']) ? output['error'] : {};
  const code = text(error['code']);
  const message = text(output['message']) ?? text(error['summary']) ?? npmSays;
  const withNpm = (reason: string): string =>
    npmSays && !reason.includes(npmSays) ? `${reason} (npm: ${npmSays})` : reason;

  // The advisory request failed: npm prints the request and the answer
  // (message, method, uri, statusCode) before giving up.
  const requestFailed =
    'statusCode' in output || 'uri' in output || (code !== null && NETWORK_CODES.has(code));
  if (requestFailed) {
    const reason = withNpm(message || 'the advisory service did not answer');
    return verdict('not-done', `audit not done: ${reason}`, { reason });
  }
  const reason = withNpm(
    [code, message || text(error['detail'])].filter(Boolean).join(' ') || 'npm audit failed',
  );
  return verdict('broken', `audit could not run: ${reason}`, { reason });
}

/** Reads what running `npm audit --json` gave back. Pure. */
export function assessNpmAudit(run: NpmRun): AuditVerdict {
  if (run.error) {
    const reason = `npm could not be started: ${run.error.message}`;
    return verdict('broken', `audit could not run: ${reason}`, { reason });
  }
  let output: unknown;
  try {
    output = JSON.parse(run.stdout);
  } catch {
    const npmSays = npmErrorLines(run.stderr).join('; ');
    const reason = `npm audit exited ${String(run.status)} without a JSON report${npmSays ? ` (npm: ${npmSays})` : ''}`;
    return verdict('broken', `audit could not run: ${reason}`, { reason });
  }
  return assessAudit(output, run.stderr);
}

/**
 * What to print: the findings and the summary, or a loud notice that nothing
 * was checked. `required` is AUDIT_REQUIRED=1.
 */
export function renderVerdict(result: AuditVerdict, required: boolean): string[] {
  if (result.outcome === 'not-done') {
    return [
      'audit  NOT DONE: npm could not get advisories from the registry, so no production dependency has been checked for known vulnerabilities.',
      required
        ? '       AUDIT_REQUIRED=1 is set: this is a failure. The audit must run here.'
        : '       AUDIT_REQUIRED is not set: .ci/run warns and carries on. With AUDIT_REQUIRED=1 (GitHub Actions) this fails.',
      result.summary,
    ];
  }
  if (result.outcome === 'broken') {
    return ['audit  npm audit could not be run or read; nothing has been checked.', result.summary];
  }
  return [...result.findings.map(formatFinding), result.summary];
}

/** Runs npm's audit: the npm that runs this script when there is one, else `npm` on the PATH. */
function runNpmAudit(root: string): NpmRun {
  const args = ['audit', '--omit=dev', '--json', '--offline=false'];
  const npmCli = process.env['npm_execpath'];
  const [command, commandArgs] =
    npmCli && /^npm-cli\.[cm]?js$/.test(basename(npmCli))
      ? [process.execPath, [npmCli, ...args]]
      : ['npm', args];
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..', '..');
  const result = assessNpmAudit(runNpmAudit(root));
  const lines = renderVerdict(result, process.env['AUDIT_REQUIRED'] === '1');
  (result.exitCode === 0 ? console.log : console.error)(lines.join('\n'));
  process.exitCode = result.exitCode;
}
