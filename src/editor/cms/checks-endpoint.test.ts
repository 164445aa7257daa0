import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentChecker } from '../lsp/content-checker.ts';
import { checkEntry } from './checks-endpoint.ts';
import { entryFile } from './checks-messages.ts';

const root = join(import.meta.dirname, '../../..');
const file = 'content/articles/what-is-a-back-muscle-spasm.mdx';
const checker = new ContentChecker(root, () => undefined);

describe('the checks of the open entry', () => {
  it('names only entry files, never a path of its own choosing', () => {
    expect(entryFile('articles', 'heat-or-ice')).toBe('content/articles/heat-or-ice.mdx');
    expect(entryFile('people', 'editorial-team')).toBe('content/people/editorial-team.yaml');
    expect(entryFile('articles', '../../package')).toBeUndefined();
    expect(entryFile('compliance', 'claims')).toBeUndefined();
  });

  it('checks the saved file when the form has no changes', async () => {
    const result = await checkEntry(checker, {
      collection: 'articles',
      slug: 'what-is-a-back-muscle-spasm',
    });
    expect(result).toMatchObject({ file, unsaved: false });
    expect(result?.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it("shows a forbidden claim in the form's unsaved text, on the line a save would give it", async () => {
    const saved = readFileSync(join(root, file), 'utf8');
    const text = saved.replace('It just happens', 'The Backrack cures sciatica. It just happens');
    const result = await checkEntry(checker, {
      collection: 'articles',
      slug: 'what-is-a-back-muscle-spasm',
      text,
    });
    const claim = result?.findings.find((finding) => finding.message.includes('"cures"'));
    expect(result?.unsaved).toBe(true);
    expect(claim?.severity).toBe('error');
    const line = text.split('\n').findIndex((each) => each.includes('cures sciatica')) + 1;
    expect(claim?.position?.line).toBe(line);
  });
});
