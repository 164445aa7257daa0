import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './run-script.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The folders the README's layout block names, as paths: `src/compliance/core`. */
function documentedFolders(): string[] {
  const section = readme.slice(readme.indexOf('## Project layout'));
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const parents: string[] = [];
  const folders: string[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)([\w.-]+)\/(?:\s|$)/.exec(line);
    if (!match) continue;
    const depth = (match[1]?.length ?? 0) / 2;
    parents.length = depth;
    parents.push(match[2] ?? '');
    folders.push(parents.join('/'));
  }
  return folders;
}

const foldersIn = (folder: string): string[] =>
  readdirSync(join(projectRoot, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}`);

describe("the README's project layout", () => {
  const documented = documentedFolders();

  it.each(['src', 'src/compliance'])('names every folder in %s/, and no other', (folder) => {
    const listed = documented.filter(
      (path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'),
    );
    expect(listed.sort()).toEqual(foldersIn(folder).sort());
  });

  it('names the top-level folders that hold the project', () => {
    for (const folder of ['content', 'src', 'public', 'e2e', 'test']) {
      expect(documented).toContain(folder);
    }
  });
});
