import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The visual editor (`npm run cms`) must leave no trace in what is published:
 * no admin route, no React, no Keystatic, no hydrated island. Reads the
 * built dist/ (run `npm run build` first).
 */
const dist = join(import.meta.dirname, '..', 'dist');

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the build has no editor, no React and no Keystatic', async () => {
  const files = await filesIn(dist);
  expect(files.length).toBeGreaterThan(10);
  const paths = files.map((file) => relative(dist, file));
  expect(paths.filter((path) => /keystatic|api\//i.test(path))).toEqual([]);
  const text = files.filter((file) => /\.(?:html|js|mjs|css|json|xml)$/.test(file));
  const traces: string[] = [];
  for (const file of text) {
    const content = await readFile(file, 'utf8');
    for (const trace of ['@keystatic', 'keystatic-', 'react-dom', 'astro-island', '__reactFiber']) {
      if (content.includes(trace)) traces.push(`${relative(dist, file)}: ${trace}`);
    }
  }
  expect(traces).toEqual([]);
});
