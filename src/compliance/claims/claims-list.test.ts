import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimsList, parseClaimsList } from './claims-list.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A one-entry list around `patterns`, to test the pattern syntax. */
const matcher = (...patterns: string[]) => {
  const yaml = `prohibited:\n  - id: test\n    patterns: ${JSON.stringify(patterns)}\n    severity: error\n    message: '"{match}" is wrong'\n    hint: say less\n    guidance: a rule\n`;
  const regex = parseClaimsList(yaml).prohibited[0]?.regex;
  if (!regex) throw new Error('no entry');
  return (text: string): string[] => [...text.matchAll(regex)].map((match) => match[0]);
};

const entry = (fields: string) => `prohibited:\n  - id: cure\n    patterns: [cure*]\n${fields}`;
const valid = `    severity: error\n    message: '"{match}" is wrong'\n    hint: say less\n    guidance: a rule\n`;

describe('the shipped claims list', () => {
  const list = loadClaimsList(root);

  it('loads, with the entries the content brief asks for', () => {
    expect(list.prohibited.map((claim) => claim.id)).toEqual([
      'cure',
      'guaranteed-results',
      'miracle',
      'natural-so-safe',
      'no-side-effects',
      'instant-relief',
      'professional-endorsement',
      'clinically-proven',
      'testimonial-numbers',
      'treats-condition',
      'physiological-claim',
    ]);
    expect(list.efficacy.map((claim) => claim.id)).toEqual(['eases-pain', 'improves-body']);
  });

  it('marks endorsements and "clinically proven" as allowed with a citation, and medical claims as product-only', () => {
    const flags = Object.fromEntries(
      list.prohibited.map((claim) => [claim.id, `${claim.scope}/${String(claim.unlessCited)}`]),
    );
    expect(flags['professional-endorsement']).toBe('all/true');
    expect(flags['clinically-proven']).toBe('all/true');
    expect(flags['treats-condition']).toBe('product/false');
    expect(flags['cure']).toBe('all/false');
  });

  it('gives every entry an example to test', () => {
    for (const claim of [...list.prohibited, ...list.efficacy]) {
      expect(claim.examples.length, claim.id).toBeGreaterThan(0);
    }
  });
});

describe('pattern syntax', () => {
  it('word* adds regular endings, on whole words only', () => {
    const match = matcher('cure*');
    expect(match('cure cures cured curing Cures CURED')).toEqual([
      'cure',
      'cures',
      'cured',
      'curing',
      'Cures',
      'CURED',
    ]);
    expect(match('secure curious curate incurable procure')).toEqual([]);
  });

  it('inflects -ee, -y and -s words', () => {
    expect(matcher('guarantee*')('guarantees guaranteed guaranteeing')).toHaveLength(3);
    expect(matcher('remedy*')('remedy remedies remedied')).toHaveLength(3);
    expect(matcher('decompress*')('decompresses decompressed decompressing')).toHaveLength(3);
  });

  it('reads a stem that drops its final e as the word with it, and adds the adverb', () => {
    expect(matcher('increas*')('increase increases increased increasing')).toHaveLength(4);
    expect(matcher('rehydrat*')('rehydrates rehydrated rehydrating')).toHaveLength(3);
    expect(matcher('permanent*')('permanent permanently')).toEqual(['permanent', 'permanently']);
    expect(matcher('heal*')('health healthy healthcare')).toEqual([]);
  });

  it('treats spaces and hyphens alike, across line breaks', () => {
    const match = matcher('side-effect free');
    expect(match('side-effect free, side effect free, side -\n effect\nfree')).toHaveLength(3);
  });

  it('( | ) is one of, [ | ] is optional, and the longest wording wins', () => {
    const match = matcher(
      '(treat*|heal*) [your|the] [lower] back pain',
      'no more pain [flare-up*]',
    );
    expect(match('heals your lower back pain; treats back pain; treat the pain')).toEqual([
      'heals your lower back pain',
      'treats back pain',
    ]);
    expect(match('no more pain flare-ups')).toEqual(['no more pain flare-ups']);
    expect(matcher('[very] [much] safe')('very safe')).toEqual(['very safe']);
  });

  it('keeps % and apostrophes literal, and accepts curly apostrophes in the text', () => {
    const match = matcher('100% natural', "safe because it's natural");
    expect(match('100% natural')).toEqual(['100% natural']);
    expect(match('1100% natural')).toEqual([]);
    expect(match("it’s safe because it's natural")).toHaveLength(1);
  });
});

describe('malformed lists', () => {
  it('names the entry whose field is missing', () => {
    expect(() =>
      parseClaimsList(entry('    severity: error\n    hint: x\n    guidance: y\n')),
    ).toThrow(/content\/compliance\/claims\.yaml: prohibited entry 1 \("cure"\): "message"/);
  });

  it('rejects an unknown severity and a misspelt field', () => {
    expect(() => parseClaimsList(entry(valid.replace('error', 'fatal')))).toThrow(
      /entry 1 \("cure"\): "severity"/,
    );
    expect(() => parseClaimsList(entry(`${valid}    unlesscited: true\n`))).toThrow(
      /entry 1 \("cure"\): .*unlesscited/,
    );
  });

  it('requires {match} in the message', () => {
    expect(() => parseClaimsList(entry(valid.replace('"{match}" is wrong', 'wrong')))).toThrow(
      /"message" must contain \{match\}/,
    );
  });

  it('says which pattern is malformed and why', () => {
    const withPattern = (pattern: string) =>
      entry(valid).replace('patterns: [cure*]', `patterns: ['${pattern}']`);
    expect(() => parseClaimsList(withPattern('cure+'))).toThrow(
      /entry 1 \("cure"\): pattern "cure\+": unexpected character "\+"/,
    );
    expect(() => parseClaimsList(withPattern('(cure|heal'))).toThrow(
      /pattern "\(cure\|heal": unbalanced/,
    );
    expect(() => parseClaimsList(withPattern('[cure]'))).toThrow(/at least one word outside/);
    expect(() => parseClaimsList(withPattern('cu*re'))).toThrow(/"\*" must end a word/);
  });

  it('rejects duplicate ids and broken YAML', () => {
    const twice = `${entry(valid)}${entry(valid).replace('prohibited:\n', '')}`;
    expect(() => parseClaimsList(twice)).toThrow(/the id "cure" is used twice/);
    expect(() => parseClaimsList('prohibited: [\n')).toThrow(/not valid YAML/);
    expect(() => parseClaimsList('efficacy: []\n')).toThrow(/"prohibited"/);
  });
});
