import { describe, expect, it } from 'vitest';
import {
  CLAIM_CATEGORY_IDS,
  isSuppressibleAtSource,
  ruleFacts,
  ruleIdMatches,
  RULES,
  rulesOfPhase,
} from './registry.ts';

describe('the registry', () => {
  it('files every rule under the first part of its id', () => {
    const misfiled = RULES.filter((rule) => rule.category !== rule.id.split('/')[0]);
    expect(misfiled.map((rule) => rule.id)).toStrictEqual([]);
  });

  it('declares each id once', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every rule a one-line summary that is a sentence', () => {
    const unfinished = RULES.filter((rule) => !/^[A-Z].*\.$/.test(rule.summary));
    expect(unfinished.map((rule) => rule.id)).toStrictEqual([]);
  });
});

describe('ruleIdMatches', () => {
  it('matches an id itself, and the members of a family by its prefix', () => {
    expect(ruleIdMatches('links/broken', 'links/broken')).toBe(true);
    expect(ruleIdMatches('markdown/*', 'markdown/MD004')).toBe(true);
  });

  it('matches no other id', () => {
    expect(ruleIdMatches('links/broken', 'links/broken-anchor')).toBe(false);
    expect(ruleIdMatches('links/broken', 'links/*')).toBe(false);
    expect(ruleIdMatches('markdown/*', 'markdownlint/MD004')).toBe(false);
    expect(ruleIdMatches('markdown/MD004', 'markdown/MD0045')).toBe(false);
  });
});

describe('ruleFacts', () => {
  it('finds a rule by its id, and a family by a member', () => {
    expect(ruleFacts('disclaimer/missing')).toMatchObject({
      id: 'disclaimer/missing',
      severity: 'error',
      phases: ['built'],
    });
    expect(ruleFacts('markdown/MD013')?.id).toBe('markdown/*');
  });

  it('finds nothing for an id the registry does not declare', () => {
    expect(ruleFacts('markdown/MD13')).toBeUndefined();
    expect(ruleFacts('links/nope')).toBeUndefined();
  });
});

describe('isSuppressibleAtSource', () => {
  it('allows a comment to silence a source rule', () => {
    expect(isSuppressibleAtSource('claims/prohibited')).toBe(true);
    expect(isSuppressibleAtSource('markdown/MD013')).toBe(true);
    expect(isSuppressibleAtSource('review/overdue')).toBe(true);
  });

  it('refuses the rules that cannot be silenced, built-only rules and unknown ids', () => {
    expect(isSuppressibleAtSource('compliance/internal')).toBe(false);
    expect(isSuppressibleAtSource('compliance/suppression')).toBe(false);
    expect(isSuppressibleAtSource('disclaimer/missing')).toBe(false);
    expect(isSuppressibleAtSource('links/nope')).toBe(false);
  });
});

describe('rulesOfPhase', () => {
  it('gives the rules of one phase, a rule of both phases in each', () => {
    const source = rulesOfPhase('source').map((rule) => rule.id);
    const built = rulesOfPhase('built').map((rule) => rule.id);
    expect(source).toContain('schema/yaml');
    expect(source).not.toContain('disclaimer/missing');
    expect(built).toContain('disclaimer/missing');
    expect(built).not.toContain('schema/yaml');
    expect(source).toContain('claims/prohibited');
    expect(built).toContain('claims/prohibited');
    expect(source.length + built.length).toBeGreaterThan(RULES.length);
  });
});

describe('CLAIM_CATEGORY_IDS', () => {
  it('lists the kinds of claim, and not the wording list or the citation rule', () => {
    expect(CLAIM_CATEGORY_IDS).toContain('claims/cure-absolute');
    expect(CLAIM_CATEGORY_IDS).toContain('claims/treats-condition');
    expect(CLAIM_CATEGORY_IDS).not.toContain('claims/prohibited');
    expect(CLAIM_CATEGORY_IDS).not.toContain('claims/needs-citation');
    expect(CLAIM_CATEGORY_IDS.every((id) => id.startsWith('claims/'))).toBe(true);
  });
});
