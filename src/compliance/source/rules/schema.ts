import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../../../schemas/article.ts';
import { personSchema } from '../../../schemas/person.ts';
import { productSchema } from '../../../schemas/product.ts';
import { personIdPattern } from '../../../schemas/shared.ts';
import { compareFindings, type Finding, type Fix, type Position } from '../../core/finding.ts';
import type { CollectionName, RuleContext, SourceDocument } from '../../core/document.ts';
import type { SourceRule } from '../rule.ts';
import { closest } from '../../core/suggest.ts';
import { explain, knownKeys, quote, RULE_PARAM, valueAt } from './schema-issues.ts';
import { isPlaceholder } from './schema-placeholder.ts';

/** The same schemas the Astro collections use, with plain checks for images and people. */
function schemaFor(collection: CollectionName, file: string, context: RuleContext): z.ZodType {
  if (collection === 'people') return personSchema;
  const { fileExists } = context;
  const image = z.string().check((ctx) => {
    const path = join(context.root, dirname(file), ctx.value);
    if (!fileExists(path)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: { [RULE_PARAM]: 'schema/missing-image' },
        message: `image "${ctx.value}" does not exist`,
      });
    }
  });
  const person = z
    .string()
    .regex(personIdPattern, 'expected a person id such as editorial-team')
    .check((ctx) => {
      if (!context.people.has(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          params: { [RULE_PARAM]: 'schema/unknown-reference' },
          message: `no person "${ctx.value}" in content/people/`,
        });
      }
    });
  return collection === 'articles'
    ? articleSchema({ image, person })
    : productSchema({ image, person });
}

/**
 * The edit that renames a misspelt key, when the key is written plainly at
 * `at` (a quoted key is left to the editor): editors apply it in one click.
 */
function renameKey(source: string, at: Position, key: string, to: string): Fix | undefined {
  const line = source.split(/\r?\n/)[at.line - 1] ?? '';
  if (!line.startsWith(key, at.column - 1)) return undefined;
  return {
    title: `Rename "${key}" to "${to}"`,
    from: at,
    to: { line: at.line, column: at.column + key.length },
    text: to,
  };
}

/** Checks the frontmatter (or the whole YAML file, for people) against its collection's schema. */
export function checkSchema(document: SourceDocument, context: RuleContext): Finding[] {
  const { file, collection, frontmatter } = document;
  const at = (path: readonly PropertyKey[]) => frontmatter.locate(path);

  if (frontmatter.errors.length > 0) {
    return frontmatter.errors.map(({ message, position }) => ({
      ruleId: 'schema/yaml',
      severity: 'error',
      file,
      position,
      message: `frontmatter is not valid YAML: ${message}`,
      hint: 'Check indentation, and put quotes around values that contain a colon followed by a space.',
    }));
  }
  if (frontmatter.data === undefined) {
    return [
      {
        ruleId: 'schema/missing-frontmatter',
        severity: 'error',
        file,
        position: { line: 1, column: 1 },
        message: 'the file has no frontmatter',
        hint: 'Start the file with a block of fields between two --- lines; copy the example in the README.',
      },
    ];
  }

  const schema = schemaFor(collection, file, context);
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return [];

  const issues = result.error.issues;
  // A misspelt key is one mistake: report the typo, not also the field it leaves missing.
  const typos = new Map<string, { name: string; field: string }>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = knownKeys(schema, issue.path);
    for (const key of issue.keys) {
      const name = closest(key, allowed);
      if (name)
        typos.set(quote([...issue.path, key]), { name, field: quote([...issue.path, name]) });
    }
  }
  const misspeltFields = new Set([...typos.values()].map((typo) => typo.field));

  const findings = issues.flatMap((issue): Finding[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const field = quote([...issue.path, key]);
        const suggestion = typos.get(field);
        const position = at([...issue.path, key]);
        const fix = suggestion && renameKey(document.source, position, key, suggestion.name);
        return {
          ruleId: 'schema/unknown-field',
          severity: 'error',
          file,
          position,
          message: `unknown field ${field}`,
          hint: suggestion
            ? `Did you mean ${suggestion.field}?`
            : `Remove it; allowed fields here: ${allowed.join(', ')}.`,
          ...(fix && { end: fix.to, fix }),
        };
      });
    }
    // A TODO placeholder is schema/placeholder's finding; one mistake, one finding.
    if (isPlaceholder(valueAt(frontmatter.data, issue.path))) return [];
    const explained = explain(issue, frontmatter.data);
    if (!explained) return [];
    const { ruleId, message, hint } = explained;
    if (ruleId === 'schema/missing-field' && misspeltFields.has(quote(issue.path))) return [];
    return [{ ruleId, severity: 'error', file, position: at(issue.path), message, hint }];
  });
  return findings.sort(compareFindings);
}

export const schemaRule: SourceRule = {
  ids: [
    'schema/yaml',
    'schema/missing-frontmatter',
    'schema/missing-field',
    'schema/unknown-field',
    'schema/invalid-value',
    'schema/unknown-reference',
    'schema/missing-image',
  ],
  check: checkSchema,
};
