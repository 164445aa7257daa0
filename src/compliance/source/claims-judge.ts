import type { Context, Judge } from '../claims/evaluation.ts';
import type { CollectionName, RuleContext } from '../core/document.ts';
import { ruleFacts } from '../core/registry.ts';
import { parseDocument } from './parse-document.ts';
import type { SourceRule } from './rule.ts';
import { sourceRules } from './rules/index.ts';

/** Frontmatter that passes the claims rules' own reading; the sentence is the whole body. */
const FRONTMATTER: Record<Context, { file: string; collection: CollectionName; yaml: string }> = {
  product: {
    file: 'content/products/evaluation.mdx',
    collection: 'products',
    yaml: 'name: Backrack\ndescription: A product page used to measure the claims checks.',
  },
  article: {
    file: 'content/articles/evaluation.mdx',
    collection: 'articles',
    yaml: 'title: An article used to measure the claims checks\nkind: guide',
  },
};

/** `<Cite n={1} />` before the sentence's closing punctuation, as editors place it. */
const withCitation = (text: string): string => {
  const end = /[.!?]+["'”’]?\s*$/.exec(text);
  return end ? `${text.slice(0, end.index)} <Cite n={1} />${end[0]}` : `${text} <Cite n={1} />`;
};

/** MDX treats these as syntax; a sentence of marketing copy means them as text. */
const asMdxText = (text: string): string => text.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Judges a sentence as the content checks would: the project's claims rules
 * (every source rule in the registry's `claims` category) on a one-sentence
 * product page or article.
 */
export function contentChecksJudge(
  root: string,
  rules: readonly SourceRule[] = sourceRules,
): Judge {
  const claimsRules = rules.filter((rule) =>
    rule.ids.some((id) => ruleFacts(id)?.category === 'claims'),
  );
  const context: RuleContext = {
    root,
    today: new Date(),
    people: new Set(),
    fileExists: () => true,
  };
  return async (text, where, cited) => {
    const { file, collection, yaml } = FRONTMATTER[where];
    const body = cited ? withCitation(asMdxText(text)) : asMdxText(text);
    const document = parseDocument(file, `---\n${yaml}\n---\n\n${body}\n`, collection);
    const found: string[] = [];
    for (const rule of claimsRules) {
      for (const finding of await rule.check(document, context)) found.push(finding.ruleId);
    }
    return [...new Set(found)];
  };
}
