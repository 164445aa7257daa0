import { articleKinds, type ArticleKind } from '../schemas/article.ts';
import { kebabCasePattern } from '../schemas/shared.ts';

/**
 * The starting files `npm run new` writes. Every value an editor must supply
 * is a `TODO: …` placeholder, which the `schema/placeholder` check rejects,
 * so a page cannot be published until each one is filled in.
 */

export type PageType = 'article' | 'product';

export const pageTypes: readonly PageType[] = ['article', 'product'];

/** A slug is the page's address: lower-case words joined by hyphens, e.g. `heat-or-ice`. */
export const slugPattern = kebabCasePattern;

export const isKebabCase = (slug: string): boolean => slugPattern.test(slug);

export const isArticleKind = (kind: string): kind is ArticleKind =>
  (articleKinds as readonly string[]).includes(kind);

/** Where the page goes, relative to the project root. */
export function contentPath(type: PageType, slug: string): string {
  return `content/${type === 'article' ? 'articles' : 'products'}/${slug}.mdx`;
}

/** "2026-11-25" for the local calendar day of `date`: the day the editor sees. */
export function localIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface TemplateOptions {
  /** The publication and review date, written `2026-11-25`. */
  today: string;
}

/** The publication and review fields that articles and products share. */
const reviewFields = (today: string): string[] => [
  `publishedAt: ${today}`,
  `reviewedAt: ${today}`,
  'reviewedBy: editorial-team',
  'author: editorial-team',
];

const sourceFields = [
  'sources:',
  "  - title: 'TODO: the title of the page or paper you cite'",
  "    publisher: 'TODO: who published it, such as NHS'",
  "    url: 'TODO: its https:// address'",
];

const firstSection = [
  '## First section',
  '',
  'Write this section. Cite a source straight after the statement it supports <Cite n={1} />.',
];

const mdx = (frontmatter: string[], body: string[]): string =>
  ['---', ...frontmatter, '---', '', ...body, ''].join('\n');

/** A new article; `condition` articles also get the urgent-help callout they must carry. */
export function articleTemplate({
  today,
  kind = 'guide',
}: TemplateOptions & { kind?: ArticleKind }): string {
  const urgentHelp = kind === 'condition' ? ['', '## When to get help', '', '<UrgentHelp />'] : [];
  return mdx(
    [
      "title: 'TODO: the page title, 10 to 70 characters'",
      "description: 'TODO: what the page covers, in 50 to 160 characters; search results show it'",
      `kind: ${kind}`,
      ...reviewFields(today),
      "tags: ['TODO: a topic, such as back spasm']",
      ...sourceFields,
    ],
    [...firstSection, ...urgentHelp],
  );
}

/** A new product page. */
export function productTemplate({ today, slug }: TemplateOptions & { slug: string }): string {
  return mdx(
    [
      "name: 'TODO: the product name'",
      "description: 'TODO: what the product is, in 50 to 160 characters; search results show it'",
      'price:',
      "  amount: 'TODO: the price in pounds, such as 49.99'",
      '  currency: GBP',
      "sku: 'TODO: the maker''s stock code'",
      "availability: 'TODO: InStock, OutOfStock, PreOrder or Discontinued'",
      'images:',
      `  - src: 'TODO: ./images/${slug}.svg'`,
      "    alt: 'TODO: what the picture shows'",
      "tags: ['TODO: a topic, such as backrack']",
      ...reviewFields(today),
      ...sourceFields,
    ],
    firstSection,
  );
}
