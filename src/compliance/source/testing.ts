import type { RuleContext, SourceDocument } from '../core/document.ts';
import { parseDocument } from './parse-document.ts';
import type { CollectionName } from '../core/document.ts';

/** A context for rule tests: a fixed "today", one person, and only the files listed existing. */
export function testContext(
  overrides: Partial<RuleContext> & { files?: readonly string[] } = {},
): RuleContext {
  const files = new Set((overrides.files ?? []).map((path) => `/project/${path}`));
  return {
    root: '/project',
    today: new Date('2026-11-25T00:00:00Z'),
    people: new Set(['editorial-team']),
    fileExists: (absolutePath) => files.has(absolutePath),
    ...overrides,
  };
}

/** The smallest valid article frontmatter, for rule tests that are about the body. */
export const ARTICLE_FRONTMATTER = `---
title: A test article about back spasms
description: A description long enough to satisfy the schema for search result snippets.
kind: treatment
publishedAt: 2026-11-25
reviewedAt: 2026-11-25
reviewedBy: editorial-team
author: editorial-team
tags: [back spasm]
sources:
  - title: Back pain
    publisher: NHS
    url: https://www.nhs.uk/conditions/back-pain/
---
`;

/** The frontmatter above takes lines 1 to 14, so a body passed here starts on line 15. */
export function testDocument(
  body: string,
  {
    frontmatter = ARTICLE_FRONTMATTER,
    file = 'content/articles/test.mdx',
    collection = 'articles' as CollectionName,
  } = {},
): SourceDocument {
  return parseDocument(file, `${frontmatter}${body}`, collection);
}
