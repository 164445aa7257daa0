import { describe, expect, it } from 'vitest';
import { pageRules } from './index.ts';

describe('pageRules', () => {
  it('covers every page rule id in the DESIGN.md contract, each once', () => {
    const ids = pageRules(process.cwd()).flatMap((rule) => rule.ids);
    expect([...ids].sort()).toEqual([
      'a11y/heading-order',
      'a11y/img-alt',
      'a11y/link-text',
      'claims/prohibited',
      'disclaimer/missing',
      'links/anchor',
      'links/asset',
      'links/broken',
      'links/external-rel',
      'links/insecure',
    ]);
  });
});
