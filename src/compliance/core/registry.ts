import type { Severity } from './finding.ts';

/**
 * Every rule the checker has, in both phases, declared once. The rule code,
 * `--explain`, the reporters' docs links and the tests all read these facts;
 * no other list of rule ids is written out by hand.
 */

/** When a rule runs: on the content files (`npm run check`), or on the built site (`npm run build`). */
export type Phase = 'source' | 'built';

/** The text or data a rule reads. */
export type Scope =
  | 'body'
  | 'headings'
  | 'alt'
  | 'link-text'
  | 'links'
  | 'frontmatter'
  | 'jsx-props'
  | 'meta'
  | 'headers'
  | 'build';

export interface RuleFacts {
  /** The id findings carry, e.g. `links/broken`; a family ends in `/*` (`markdown/*`). */
  readonly id: string;
  /** For a family: the ids of its members (`markdown/MD004`). */
  readonly members?: RegExp;
  /** What the rule protects: the first part of the id. */
  readonly category: string;
  /** Its usual severity; a finding may carry another (a review due soon is a warning). */
  readonly severity: Severity;
  readonly phases: readonly Phase[];
  readonly scopes: readonly Scope[];
  /** One line: what the rule asks for. */
  readonly summary: string;
  /** The README section that explains it (a heading's anchor, without `#`). */
  readonly anchor: string;
  /**
   * What the built phase finds in MDX content, the source phase has already
   * reported (and may have suppressed): the tracer drops such built findings
   * so nothing is reported twice and a suppression holds.
   */
  readonly contentCheckedAtSource?: true;
  /** A finding of this rule cannot be silenced with a comment. */
  readonly unsuppressible?: true;
  /** A warning of this rule is an error in a release build (`npm run build -- --release`). */
  readonly blocksRelease?: true;
  /** One of the kinds of claim the sentence classifier reports. */
  readonly isClaimCategory?: true;
}

const BUILT_PAGES = 'checks-on-the-built-pages';
const HEADERS = 'how-the-headers-are-checked';

const schema = <Id extends string>(id: Id, summary: string): RuleFacts & { id: Id } => ({
  id,
  category: 'schema',
  severity: 'error',
  phases: ['source'],
  scopes: ['frontmatter'],
  summary,
  anchor: 'schema',
});

/**
 * A kind of health claim (`claims/<category>`), judged by what a sentence
 * asserts; its wordings, explanation, rule and rewrite are editors' data in
 * content/compliance/claim-categories.yaml. The built phase reads what
 * layouts, components, meta tags and structured data add.
 */
const claimCategory = <Id extends string>(
  id: Id,
  summary: string,
): RuleFacts & { id: Id; isClaimCategory: true } => ({
  id,
  category: 'claims',
  severity: 'error',
  phases: ['source', 'built'],
  scopes: ['body', 'headings', 'frontmatter', 'alt', 'jsx-props', 'meta'],
  summary,
  anchor: 'claims-categories',
  contentCheckedAtSource: true,
  isClaimCategory: true,
});

const headers = <Id extends string>(id: Id, summary: string): RuleFacts & { id: Id } => ({
  id,
  category: 'headers',
  severity: 'error',
  phases: ['built'],
  scopes: ['headers'],
  summary,
  anchor: HEADERS,
});

export const RULES = [
  {
    id: 'syntax/mdx',
    category: 'syntax',
    severity: 'error',
    phases: ['source'],
    scopes: ['body'],
    summary: 'The MDX body parses: tags are closed and expressions are valid.',
    anchor: 'syntaxmdx',
  },
  schema('schema/yaml', 'The frontmatter is valid YAML.'),
  schema('schema/missing-frontmatter', 'The file starts with a frontmatter block.'),
  schema('schema/missing-field', 'Every required frontmatter field is there.'),
  schema('schema/unknown-field', 'No frontmatter field is unknown or misspelt.'),
  schema('schema/invalid-value', 'Each frontmatter value has the right type and form.'),
  schema('schema/unknown-reference', 'An author or reviewer names a person in content/people/.'),
  schema('schema/missing-image', 'An image named in the frontmatter exists.'),
  schema('schema/placeholder', 'No frontmatter value is a placeholder that starts with TODO.'),
  {
    id: 'sources/missing',
    category: 'sources',
    severity: 'error',
    phases: ['source'],
    scopes: ['frontmatter', 'jsx-props'],
    summary: 'The page lists its sources, and every <Cite n={…} /> points to one.',
    anchor: 'sourcesmissing',
  },
  {
    id: 'review/overdue',
    category: 'review',
    severity: 'error',
    phases: ['source'],
    scopes: ['frontmatter'],
    summary: 'The last review is less than 12 months old (a warning from 11 months).',
    anchor: 'reviewoverdue',
  },
  {
    id: 'product/unconfirmed',
    category: 'product',
    severity: 'warning',
    phases: ['source'],
    scopes: ['frontmatter'],
    summary:
      'A product fact the maker has not confirmed is marked so, and a release build waits for it.',
    anchor: 'productunconfirmed',
    blocksRelease: true,
  },
  {
    id: 'readability/grade',
    category: 'readability',
    severity: 'warning',
    phases: ['source'],
    scopes: ['body'],
    summary: "A page's prose reads at Flesch-Kincaid grade 8 or below.",
    anchor: 'readabilitygrade',
  },
  {
    id: 'safety/urgent-help-missing',
    category: 'safety',
    severity: 'error',
    phases: ['source'],
    scopes: ['body'],
    summary: 'Every condition article contains <UrgentHelp />.',
    anchor: 'safetyurgent-help-missing',
  },
  {
    id: 'claims/prohibited',
    category: 'claims',
    severity: 'error',
    phases: ['source', 'built'],
    scopes: ['body', 'headings', 'frontmatter', 'alt', 'meta'],
    summary:
      'No wording that health advertising rules forbid (cure, guaranteed, miracle, "no side effects", …), as listed in content/compliance/claims.yaml.',
    anchor: 'claimsprohibited',
    contentCheckedAtSource: true,
  },
  {
    id: 'claims/needs-citation',
    category: 'claims',
    severity: 'error',
    phases: ['source'],
    scopes: ['body', 'headings', 'frontmatter'],
    summary: 'On a product page, a health benefit cites its evidence in the same sentence.',
    anchor: 'claimsneeds-citation',
  },
  claimCategory(
    'claims/efficacy',
    'The product is not said to have an effect on the body or on pain.',
  ),
  claimCategory(
    'claims/treats-condition',
    'The product is not said to treat, relieve or prevent a named condition.',
  ),
  claimCategory('claims/cure-absolute', 'No cure, guaranteed result or miracle is promised.'),
  claimCategory('claims/speed', 'No promise of how soon the product works.'),
  claimCategory('claims/permanence', 'No promise that a result lasts or the pain never returns.'),
  claimCategory('claims/universality', 'No promise that it works for everyone or every back.'),
  claimCategory(
    'claims/safety',
    'The product is not said to be safe, free of risk, or safe because natural.',
  ),
  claimCategory('claims/testimonial', "No customer's story of a health result."),
  claimCategory(
    'claims/endorsement',
    'No endorsement by doctors, physios, the NHS or a regulator that cannot be documented.',
  ),
  claimCategory(
    'claims/comparison',
    'No unproven comparison with medicines, surgery or other treatment.',
  ),
  claimCategory(
    'claims/discourages-treatment',
    'Nothing tells readers they need no GP, medicine or treatment.',
  ),
  claimCategory('claims/fear', 'Nothing frightens readers into buying.'),
  claimCategory(
    'claims/statistic',
    'No number or study result without its source cited in the sentence.',
  ),
  claimCategory(
    'claims/mechanism',
    'No claim of how the product changes the body, stated as fact.',
  ),
  {
    id: 'a11y/img-alt',
    category: 'a11y',
    severity: 'error',
    phases: ['source', 'built'],
    scopes: ['alt', 'frontmatter'],
    summary: 'Images have alt text that says what the picture shows.',
    anchor: 'a11yimg-alt',
  },
  {
    id: 'a11y/heading-order',
    category: 'a11y',
    severity: 'error',
    phases: ['source', 'built'],
    scopes: ['headings'],
    summary: 'A page has exactly one <h1>, and its headings never skip a level.',
    anchor: 'a11yheading-order',
  },
  {
    id: 'a11y/link-text',
    category: 'a11y',
    severity: 'warning',
    phases: ['built'],
    scopes: ['link-text'],
    summary: 'Link text says where the link goes, not "click here" or "read more".',
    anchor: BUILT_PAGES,
  },
  {
    id: 'links/insecure',
    category: 'links',
    severity: 'error',
    phases: ['source', 'built'],
    scopes: ['links', 'frontmatter'],
    summary: 'Links and image addresses use https:, never http: or javascript:.',
    anchor: 'linksinsecure',
  },
  {
    id: 'links/asset',
    category: 'links',
    severity: 'error',
    phases: ['source', 'built'],
    scopes: ['links'],
    summary: 'Images, styles, scripts and files a page loads or links to exist.',
    anchor: 'linksasset',
  },
  {
    id: 'links/broken',
    category: 'links',
    severity: 'error',
    phases: ['built'],
    scopes: ['links'],
    summary: 'A link to a page of this site points to a page that was built.',
    anchor: BUILT_PAGES,
  },
  {
    id: 'links/anchor',
    category: 'links',
    severity: 'error',
    phases: ['source', 'built'],
    scopes: ['links'],
    summary: 'A #fragment names an id on its target page.',
    anchor: 'linksanchor',
  },
  {
    id: 'links/external-rel',
    category: 'links',
    severity: 'error',
    phases: ['built'],
    scopes: ['links', 'link-text'],
    summary:
      'A link to another website has rel="noopener noreferrer" and says it leads to another website.',
    anchor: BUILT_PAGES,
  },
  {
    id: 'links/external',
    category: 'links',
    severity: 'error',
    phases: ['built'],
    scopes: ['links'],
    summary: 'Only with --external: a link to another site answers without an error.',
    anchor: BUILT_PAGES,
  },
  {
    id: 'disclaimer/missing',
    category: 'disclaimer',
    severity: 'error',
    phases: ['built'],
    scopes: ['body'],
    summary: 'Every page that is not exempt shows the standard medical disclaimer inside <main>.',
    anchor: BUILT_PAGES,
  },
  headers('headers/syntax', 'Each line of the headers file is a path or an indented header.'),
  headers('headers/missing', 'Every page gets each security and caching header.'),
  headers('headers/weak', 'No header value is weaker than the site requires.'),
  headers('headers/conflict', 'No two rules set the same header for one URL.'),
  headers('headers/csp', 'The Content-Security-Policy allows nothing unsafe and has no fault.'),
  headers('headers/csp-inline', 'No page has inline code that the policy would block.'),
  {
    id: 'markdown/*',
    members: /^markdown\/MD\d{3}$/,
    category: 'markdown',
    severity: 'error',
    phases: ['source'],
    scopes: ['body'],
    summary: "Markdown style, checked by markdownlint with the project's settings.",
    anchor: 'markdownmdxxx',
  },
  {
    id: 'compliance/suppression',
    category: 'compliance',
    severity: 'error',
    phases: ['source'],
    scopes: ['body'],
    summary: 'A comment that silences a finding names a known rule and gives a reason.',
    anchor: 'compliancesuppression',
    unsuppressible: true,
  },
  {
    id: 'compliance/internal',
    category: 'compliance',
    severity: 'error',
    phases: ['source'],
    scopes: ['build'],
    summary: 'The checker itself could not run a rule on the file.',
    anchor: 'complianceinternal',
    unsuppressible: true,
  },
  {
    id: 'build/astro',
    category: 'build',
    severity: 'error',
    phases: ['built'],
    scopes: ['build'],
    summary: 'Astro itself stopped the build.',
    anchor: 'buildastro',
    unsuppressible: true,
  },
] as const satisfies readonly RuleFacts[];

/** A rule id, or a family (`markdown/*`), exactly as the registry declares it. */
export type RuleId = (typeof RULES)[number]['id'];

/**
 * A rule id, or a family such as `markdown/*`, matches an id when it is that
 * id or the id starts with the family's prefix.
 */
export const ruleIdMatches = (pattern: string, ruleId: string): boolean =>
  pattern === ruleId || (pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1)));

/** The registry's facts for an id (`markdown/MD004` finds `markdown/*`), or undefined. */
export function ruleFacts(ruleId: string): RuleFacts | undefined {
  return (RULES as readonly RuleFacts[]).find(
    (rule) => rule.id === ruleId || rule.members?.test(ruleId) === true,
  );
}

/**
 * Whether a suppression comment in a content file may name this id: a rule
 * the source phase runs (`markdown/MD004` through `markdown/*`) that can be
 * silenced.
 */
export function isSuppressibleAtSource(ruleId: string): boolean {
  const facts = ruleFacts(ruleId);
  return facts !== undefined && facts.phases.includes('source') && !facts.unsuppressible;
}

/** The rules that run in one phase. */
export const rulesOfPhase = (phase: Phase): readonly RuleFacts[] =>
  (RULES as readonly RuleFacts[]).filter((rule) => rule.phases.includes(phase));

/** The ids of the kinds of claim the sentence classifier reports. */
export const CLAIM_CATEGORY_IDS = (RULES as readonly RuleFacts[])
  .filter((rule) => rule.isClaimCategory)
  .map((rule) => rule.id);
