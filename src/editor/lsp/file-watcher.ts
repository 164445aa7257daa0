import { watch } from 'node:fs';
import { join, sep } from 'node:path';
import { sharedInputOf } from './project-files.ts';

/**
 * Watches the files every check depends on with Node's own watcher, for
 * editors that do not watch files on a server's behalf. Calls back with the
 * changed file's path relative to the root, with forward slashes.
 */
export function watchSharedInputs(root: string, changed: (file: string) => void): void {
  const report = (prefix: string) => (_event: string, name: string | null) => {
    if (!name) return;
    const file = `${prefix}${name.split(sep).join('/')}`;
    if (sharedInputOf(file)) changed(file);
  };
  watch(join(root, 'content'), { recursive: true }, report('content/')).on(
    'error',
    () => undefined,
  );
  watch(root, report('')).on('error', () => undefined);
}
