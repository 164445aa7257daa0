import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClaimsData } from './claims-data.ts';

const root = join(import.meta.dirname, '../../..');
const fromDisk = (file: string) => readFileSync(join(root, file), 'utf8');

describe('readClaimsData', () => {
  it("reads the project's claims list and model, with the product names", () => {
    const result = readClaimsData(['content/products/backrack.mdx'], fromDisk);
    expect(result.ok && result.data.claims.prohibited.length).toBeGreaterThan(0);
    // The product's name makes a sentence about it advertising.
    expect(result.ok && result.data.model.namesSeller('The Backrack eases pain.')).toBe(true);
  });

  it('names the file at fault when a text cannot be used, unsaved text included', () => {
    const broken = (file: string) =>
      file.endsWith('claims.yaml') ? 'prohibited: [' : fromDisk(file);
    expect(readClaimsData([], broken)).toEqual({
      ok: false,
      file: 'content/compliance/claims.yaml',
      message: expect.stringMatching(/^content\/compliance\/claims\.yaml: not valid YAML/),
    });
    const noModel = (file: string) =>
      file.endsWith('claim-categories.yaml') ? 'x: 1' : fromDisk(file);
    expect(readClaimsData([], noModel)).toMatchObject({
      ok: false,
      file: 'content/compliance/claim-categories.yaml',
    });
  });
});
