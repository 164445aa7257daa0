import { relative, sep } from 'node:path';
import { toPosix } from '../compliance/core/files.ts';
import type { Finding } from '../compliance/core/finding.ts';

/** The parts of an AstroError (or any error) that say where and why. */
interface ErrorLike {
  name?: string;
  title?: string;
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
}

/**
 * Turns an error thrown by `astro build` into a finding in the checker's
 * format, pointing at the project file when Astro knows it. Errors located
 * inside node_modules are not the editor's file: position unavailable.
 */
export function astroErrorToFinding(error: unknown, root: string): Finding {
  const details: ErrorLike =
    typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
  const message = String(details.message ?? error).split('\n')[0] ?? 'the build failed';
  const file = details.loc?.file ?? details.id;
  const inProject = file !== undefined && !file.includes(`${sep}node_modules${sep}`);
  const projectFile = inProject ? toPosix(relative(root, file)) : 'astro build';
  return {
    ruleId: 'build/astro',
    severity: 'error',
    file: projectFile,
    position:
      inProject && details.loc?.line
        ? { line: details.loc.line, column: details.loc.column ?? 1 }
        : null,
    message: details.title && details.title !== message ? `${details.title}: ${message}` : message,
    hint:
      details.hint?.replace(/\s+/g, ' ').trim() ??
      'Run `npm run build -- --debug` for the full error.',
  };
}
