import { describe, expect, it } from 'vitest';
import { rulesOfPhase } from '../../core/registry.ts';
import { pageRules, siteRules } from './index.ts';

describe('pageRules', () => {
  it('runs every rule the registry checks on built pages, each once', () => {
    const ids = [...pageRules(process.cwd()), ...Object.values(siteRules)].flatMap(
      (rule) => rule.ids,
    );
    // The headers file, Astro's own errors and the network check of other
    // sites are built-phase rules with code of their own, not page rules.
    const onPages = rulesOfPhase('built').filter(
      (rule) =>
        !rule.scopes.includes('headers') &&
        !rule.scopes.includes('build') &&
        rule.id !== 'links/external',
    );
    expect([...ids].sort()).toEqual(onPages.map((rule) => rule.id).sort());
  });
});
