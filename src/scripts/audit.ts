/**
 * `npm run audit`: audit-ci, with the settings in audit-ci.jsonc, run through
 * its library so that an audit that could not be done is told apart from one
 * that found advisories. audit-ci's own command exits 1 for both, and `.ci/run`
 * must warn about the first (a closed network) and fail on the second.
 *
 * - 0  audit done: no high or critical advisory.
 * - 1  audit done: at least one high or critical advisory, named by audit-ci.
 * - 2  audit NOT done, whatever the reason (advisory service unreachable, npm
 *      failing, a broken audit-ci.jsonc): nothing has been checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { npmAudit, type AuditCiConfig } from 'audit-ci';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type AuditExit = 0 | 1 | 2;

/** How audit-ci starts the error it throws when the report names advisories at a failing level. */
export const FOUND = 'Failed security audit due to ';
/** How the wrapper starts the line saying why nothing was checked; `.ci/run` quotes it. */
export const NOT_DONE = 'audit not done: ';

const root = join(import.meta.dirname, '..', '..');

/** audit-ci.jsonc; throws if it is not valid JSONC, rather than audit with the part that parsed. */
export function readConfig(file = join(root, 'audit-ci.jsonc')): AuditCiConfig {
  const errors: ParseError[] = [];
  const config: unknown = parse(readFileSync(file, 'utf8'), errors, { allowTrailingComma: true });
  const [error] = errors;
  if (error)
    throw new Error(`${file}: ${printParseErrorCode(error.error)} at offset ${error.offset}`);
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new Error(`${file}: not a JSON object`);
  }
  return config as AuditCiConfig;
}

/** audit-ci on the project (or on `directory`), with audit-ci.jsonc's settings. */
export const auditCi = (directory = root): Promise<unknown> =>
  npmAudit({ ...readConfig(), directory });

/** Runs `audit` (audit-ci, or a fake in tests) and says which exit code its outcome means. */
export async function runAudit(
  audit: () => Promise<unknown>,
  print: (line: string) => void = console.log,
): Promise<AuditExit> {
  try {
    await audit();
    print('audit passed: no high or critical advisory in production dependencies');
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith(FOUND)) {
      print(message);
      return 1;
    }
    // audit-ci does not pass on what npm printed on stderr, which says why.
    print(
      'audit  NOT DONE: audit-ci got no report from npm, so no production dependency has been checked for known vulnerabilities. `npm audit --omit=dev` shows why.',
    );
    print(`${NOT_DONE}${message.trim() || 'audit-ci gave no reason'}`);
    return 2;
  }
}

if (import.meta.main) {
  process.exitCode = await runAudit(() => auditCi());
}
