import { describe, expect, it } from 'vitest';
import { parseClaimsList } from '../../claims/claims-list.ts';
import { NO_CLAIM_CATEGORIES } from '../../claims/testing.ts';
import { buildSiteIndex, indexPage, parsePage } from '../parse-page.ts';
import type { PageCheckOptions, PageFinding } from '../types.ts';
import { createClaimsProhibitedPageRule } from './claims-prohibited.ts';

const claims = parseClaimsList(`
prohibited:
  - id: cure
    patterns: ['cure*']
    severity: error
    message: '"{match}" is an absolute health claim'
    hint: 'say what the evidence shows'
    guidance: CAP Code section 12
  - id: endorsement
    patterns: ['doctor recommended']
    severity: warning
    unlessCited: true
    message: '"{match}" implies an endorsement'
    hint: 'cite it'
    guidance: CAP rule 3.7
  - id: treats-condition
    scope: product
    patterns: ['relieve* sciatica']
    severity: error
    message: '"{match}" is a medical claim'
    hint: 'describe the product'
    guidance: CAP rule 12.1
`);

const options: PageCheckOptions = {
  disclaimerAttribute: 'data-d',
  disclaimerText: 'unused here',
  disclaimerExempt: new Set(),
};

const rule = createClaimsProhibitedPageRule('/nowhere', claims, NO_CLAIM_CATEGORIES);

function check(html: string, pathname = '/articles/a/'): PageFinding[] {
  const page = parsePage(pathname, 'x.html', html);
  return rule.check(
    page,
    buildSiteIndex([indexPage(page)], () => true, 'https://x.example'),
    options,
  );
}

const cure = (match: string, pathname = '/articles/a/'): PageFinding => ({
  ruleId: 'claims/prohibited',
  severity: 'error',
  pathname,
  message: `"${match}" is an absolute health claim; say what the evidence shows`,
  hint: 'Guidance: CAP Code section 12.',
  trace: { kind: 'text', needle: match },
});

describe('claims/prohibited on built pages', () => {
  it('reports wording in the visible text, as written', () => {
    expect(check('<body><main><p>The rack <em>Cures</em> spasms.</p></main></body>')).toEqual([
      cure('Cures'),
    ]);
  });

  it('reads entities, soft hyphens, zero-width spaces and look-alike letters as a reader does', () => {
    expect(check('<body><main><p>The rack cu&shy;res spasms.</p></main></body>')).toEqual([
      cure('cures'),
    ]);
    expect(check('<body><main><p>The rack cu&#8203;res spasms.</p></main></body>')).toEqual([
      cure('cures'),
    ]);
    expect(check('<body><main><p>The rack \u0441ures spasms.</p></main></body>')).toEqual([
      cure('cures'),
    ]);
  });

  it('passes honest negations and hidden or non-visible text', () => {
    expect(
      check(
        '<body><p>There is no cure for back pain.</p><p hidden>It cures.</p><script>const cure = 1;</script><template><p>cured</p></template></body>',
      ),
    ).toEqual([]);
  });

  it('keeps blocks apart, so a "not" in one list item does not excuse the next', () => {
    expect(check('<body><ul><li>Is it not</li><li>cured by rest?</li></ul></body>')).toEqual([
      cure('cured'),
    ]);
  });

  it('checks alt text, the title, descriptions and JSON-LD, and reports each wording once', () => {
    const html = `<head><title>Curing spasms</title>
      <meta name="description" content="A cure for spasms">
      <meta property="og:description" content="A cure for spasms">
      <meta name="twitter:description" content="A CURE for spasms">
      <script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"acceptedAnswer":{"text":"It cures spasms."}}]}</script>
      <script type="application/ld+json">{ not json</script></head>
      <body><img src="/a.png" alt="A man cured of back pain"></body>`;
    expect(check(html)).toEqual([cure('Curing'), cure('cure'), cure('cured'), cure('cures')]);
  });

  it('leaves other metadata alone', () => {
    expect(
      check(
        '<head><meta name="keywords" content="cure"><link rel="canonical" href="/cure/"></head>',
      ),
    ).toEqual([]);
  });

  it('lets unlessCited wording pass with a citation marker in the sentence', () => {
    const cite = '<sup class="cite"><a href="#source-1" aria-label="Source 1">[1]</a></sup>';
    expect(check(`<body><p>It is doctor recommended ${cite}. Nothing else.</p></body>`)).toEqual(
      [],
    );
    expect(check('<body><p>It is doctor recommended.</p></body>')).toEqual([
      {
        ruleId: 'claims/prohibited',
        severity: 'warning',
        pathname: '/articles/a/',
        message: '"doctor recommended" implies an endorsement; cite it',
        hint: 'Guidance: CAP rule 3.7.',
        trace: { kind: 'text', needle: 'doctor recommended' },
      },
    ]);
  });

  it('applies product-only entries to /products/ pages only', () => {
    const html = '<body><p>It relieves sciatica.</p></body>';
    expect(check(html)).toEqual([]);
    expect(check(html, '/products/backrack/')).toEqual([
      {
        ruleId: 'claims/prohibited',
        severity: 'error',
        pathname: '/products/backrack/',
        message: '"relieves sciatica" is a medical claim; describe the product',
        hint: 'Guidance: CAP rule 12.1.',
        trace: { kind: 'text', needle: 'relieves sciatica' },
      },
    ]);
  });
});
