import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../src/bench/generate-content.ts';
import { checkContent } from '../src/compliance/source/check.ts';

const root = join(import.meta.dirname, '..');

describe('checking many files across worker threads', () => {
  let project: string;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'backrack-many-'));
    await generateContent(root, project, 70);
    await cp(
      join(root, 'test/fixtures/rules/claims-prohibited.mdx'),
      join(project, 'content/articles/generated-0075x.mdx'),
    );
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('gives the same, ordered findings as one file at a time', { timeout: 60_000 }, async () => {
    const result = await checkContent(project, { today: new Date('2026-11-25T00:00:00Z') });
    expect(result.filesChecked).toBe(78);
    expect(
      result.findings.map(
        (finding) => `${finding.file}:${finding.position?.line}  ${finding.ruleId}`,
      ),
    ).toEqual(['content/articles/generated-0075x.mdx:16  claims/prohibited']);
  });
});
