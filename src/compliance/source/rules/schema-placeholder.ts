import type { SourceDocument } from '../../core/document.ts';
import type { Finding } from '../../core/finding.ts';
import type { SourceRule } from '../rule.ts';
import { quote } from './schema-issues.ts';

/** A value still to be filled in, as `npm run new` writes them: `TODO: the page title`. */
const PLACEHOLDER = /^\s*TODO\b/;

export const isPlaceholder = (value: unknown): boolean =>
  typeof value === 'string' && PLACEHOLDER.test(value);

/** Every string in the frontmatter that is still a placeholder, with its path. */
function* placeholders(
  value: unknown,
  path: readonly PropertyKey[] = [],
): Generator<{ path: readonly PropertyKey[]; value: string }> {
  if (typeof value === 'string') {
    if (isPlaceholder(value)) yield { path, value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* placeholders(item, [...path, index]);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* placeholders(item, [...path, key]);
  }
}

/**
 * A frontmatter value that starts with `TODO` was never filled in. Many
 * placeholders would pass the schema (a "TODO: …" title has a valid length),
 * so this rule makes sure a forgotten one cannot be published.
 */
export function checkPlaceholders(document: SourceDocument): Finding[] {
  return [...placeholders(document.frontmatter.data)].map(({ path, value }) => ({
    ruleId: 'schema/placeholder',
    severity: 'error',
    file: document.file,
    position: document.frontmatter.locate(path),
    message: `${quote(path)} is still a placeholder: "${value.trim()}"`,
    hint: 'Replace the whole value, TODO included, with what it asks for.',
  }));
}

export const schemaPlaceholderRule: SourceRule = {
  ids: ['schema/placeholder'],
  check: checkPlaceholders,
};
