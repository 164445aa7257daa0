import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { personSchema } from '../../schemas/person.ts';
import { productSchema } from '../../schemas/product.ts';
import { personIdPattern } from '../../schemas/shared.ts';
import { compareFindings, type Finding } from '../finding.ts';
import { parseFrontmatter, parseYaml, type Frontmatter } from '../frontmatter.ts';
import { closest } from '../suggest.ts';

/** The content collections, as the files in `content/` are laid out. */
export type CollectionName = 'articles' | 'products' | 'people';

export interface SchemaContext {
  /** Ids of the people in `content/people/`, for `author` and `reviewedBy`. */
  people: ReadonlySet<string>;
  /** Whether a file exists; relative image paths are resolved against the content file. */
  fileExists?: (absolutePath: string) => boolean;
  /** Project root, to resolve the file's path. */
  root: string;
}

const RULE_PARAM = 'ruleId';

/** The same schemas the Astro collections use, with plain checks for images and people. */
function schemaFor(collection: CollectionName, file: string, context: SchemaContext): z.ZodType {
  if (collection === 'people') return personSchema;
  const fileExists = context.fileExists ?? existsSync;
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

const quote = (path: readonly PropertyKey[]): string => `"${path.map(String).join('.')}"`;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Field names a strict object at `path` accepts, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    let next: unknown =
      typeof key === 'string' ? shape?.[key] : (current as { element?: unknown }).element;
    while (
      next &&
      typeof next === 'object' &&
      'unwrap' in next &&
      typeof next.unwrap === 'function'
    ) {
      next = (next as { unwrap: () => unknown }).unwrap();
    }
    current = next;
  }
  const shape = (current as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

interface Explained {
  ruleId: string;
  message: string;
  hint: string;
}

function explain(issue: z.core.$ZodIssue, data: unknown): Explained {
  const field = quote(issue.path);
  const custom =
    issue.code === 'custom' ? (issue.params?.[RULE_PARAM] as string | undefined) : undefined;
  if (custom === 'schema/missing-image') {
    return {
      ruleId: custom,
      message: `${field}: ${issue.message}`,
      hint: 'Put the picture next to the page (e.g. content/articles/images/) and give its path relative to this file.',
    };
  }
  if (custom === 'schema/unknown-reference') {
    return {
      ruleId: custom,
      message: `${field}: ${issue.message}`,
      hint: 'Use the file name (without .yaml) of someone in content/people/, e.g. editorial-team.',
    };
  }
  const value = valueAt(data, issue.path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return {
      ruleId: 'schema/missing-field',
      message: `missing required field ${field}`,
      hint: `Add ${field} to the frontmatter; the README lists every field and what it takes.`,
    };
  }
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const bound =
        issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      const unit =
        issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'entries' : '';
      const actual =
        typeof value === 'string'
          ? ` (it has ${value.length})`
          : Array.isArray(value)
            ? ` (it has ${value.length})`
            : '';
      return {
        ruleId: 'schema/invalid-value',
        message: `${field} must have ${bound} ${unit}${actual}`.replace(/\s+\(/, ' ('),
        hint: issue.message,
      };
    }
    case 'invalid_value':
      return {
        ruleId: 'schema/invalid-value',
        message: `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(value)}`,
        hint: 'Use one of the listed values exactly as written.',
      };
    default:
      return {
        ruleId: 'schema/invalid-value',
        message: `${field}: ${issue.message}`,
        hint: 'Correct the value; the README lists every field and what it takes.',
      };
  }
}

/** Checks the frontmatter (or the whole YAML file, for people) against its collection's schema. */
export function checkSchema(
  file: string,
  source: string,
  collection: CollectionName,
  context: SchemaContext,
): Finding[] {
  const frontmatter: Frontmatter =
    collection === 'people' ? parseYaml(source, 1) : parseFrontmatter(source);
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
        hint: 'Start the file with a --- fenced YAML block; `npm run new -- article <slug>` writes one for you.',
      },
    ];
  }

  const schema = schemaFor(collection, file, context);
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return [];

  const issues = result.error.issues;
  // A misspelt key is one mistake: report the typo, not also the field it leaves missing.
  const typos = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = knownKeys(schema, issue.path);
    for (const key of issue.keys) {
      const suggestion = closest(key, allowed);
      if (suggestion) typos.set(quote([...issue.path, key]), quote([...issue.path, suggestion]));
    }
  }
  const misspeltFields = new Set(typos.values());

  const findings = issues.flatMap((issue): Finding[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const field = quote([...issue.path, key]);
        const suggestion = typos.get(field);
        return {
          ruleId: 'schema/unknown-field',
          severity: 'error',
          file,
          position: at([...issue.path, key]),
          message: `unknown field ${field}`,
          hint: suggestion
            ? `Did you mean ${suggestion}?`
            : `Remove it; allowed fields here: ${allowed.join(', ')}.`,
        };
      });
    }
    const { ruleId, message, hint } = explain(issue, frontmatter.data);
    if (ruleId === 'schema/missing-field' && misspeltFields.has(quote(issue.path))) return [];
    return [{ ruleId, severity: 'error', file, position: at(issue.path), message, hint }];
  });
  return findings.sort(compareFindings);
}
