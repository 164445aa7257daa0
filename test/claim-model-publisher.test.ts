import { describe, expect, it } from 'vitest';
import { claimModelFor } from '../src/compliance/claims/claim-model.ts';
import { SITE_NAME } from '../src/site.config.ts';
import { projectRoot } from './run-script.ts';

describe('the claim model and the site', () => {
  const model = claimModelFor(projectRoot);

  it("knows the site's own name as the publisher's, though it holds the product's name", () => {
    expect(model.namesSeller(`Back spasms explained | ${SITE_NAME}`)).toBe(false);
    expect(model.namesSeller(`${SITE_NAME} explains what the Backrack is.`)).toBe(true);
  });
});
