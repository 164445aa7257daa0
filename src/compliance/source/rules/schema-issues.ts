import type { z } from 'astro/zod';
import { insecureScheme } from './links-insecure.ts';

/** Custom zod issues carry the rule id they belong to under this key. */
export const RULE_PARAM = 'ruleId';

/** Turns zod issues into messages an editor can act on. */
export const quote = (path: readonly PropertyKey[]): string => `"${path.map(String).join('.')}"`;

/** What a length limit counts, in the singular and the plural, by the kind of value limited. */
const UNITS: Record<string, readonly [string, string]> = {
  string: ['character', 'characters'],
  array: ['entry', 'entries'],
};

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Field names a strict object at `path` accepts, for "did you mean" hints. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
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

/**
 * Some schema failures belong to a more specific rule: a missing or empty
 * `sources` (sources/missing reports it), alt text that is missing or not
 * text (a11y/img-alt) and a source at an http: address (links/insecure). `null`
 * means "reported elsewhere".
 */
export function explain(issue: z.core.$ZodIssue, data: unknown): Explained | null {
  const [first, , last] = issue.path;
  if (first === 'sources' && issue.path.length === 1) return null;
  if (issue.path.at(-1) === 'alt') return null;
  // An http: or javascript: source is links/insecure's to report; any other bad address is ours.
  if (first === 'sources' && last === 'url') {
    const url = valueAt(data, issue.path);
    if (typeof url === 'string' && insecureScheme(url)) return null;
  }
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
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const bound = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit}`;
      const [single, plural] = UNITS[issue.origin] ?? ['', ''];
      const unit = limit === 1 ? single : plural;
      const actual =
        typeof value === 'string' || Array.isArray(value) ? ` (it has ${value.length})` : '';
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
