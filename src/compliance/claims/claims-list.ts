import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { Severity } from '../core/finding.ts';
import { compilePatterns } from './pattern.ts';

/** Where editors keep the wording list, relative to the project root. */
export const CLAIMS_FILE = 'content/compliance/claims.yaml';

const efficacyEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. no-side-effects'),
  patterns: z.array(z.string().trim().min(1)).min(1, 'needs at least one pattern'),
  severity: z.enum(['error', 'warning']),
  message: z.string().includes('{match}', { message: 'must contain {match}' }),
  hint: z.string().trim().min(1),
  guidance: z.string().trim().min(1),
  examples: z.array(z.string().trim().min(1)).optional(),
});

const prohibitedEntrySchema = efficacyEntrySchema.extend({
  scope: z.literal('product').optional(),
  unlessCited: z.boolean().optional(),
});

const fileSchema = z.strictObject({
  prohibited: z.array(z.unknown()),
  efficacy: z.array(z.unknown()).default([]),
});

/** One entry of the list, ready to match. */
export interface ClaimEntry {
  id: string;
  /** Case-insensitive, global, whole-word RegExp for all of the entry's patterns. */
  regex: RegExp;
  severity: Severity;
  /** What is wrong, with `{match}` still in it. */
  message: string;
  hint: string;
  guidance: string;
  /** `product`: only on product pages. */
  scope: 'all' | 'product';
  /** Allowed when a citation marker is in the same sentence. */
  unlessCited: boolean;
  /** Sentences that must be flagged, for the unit tests. */
  examples: string[];
}

/** The whole file: forbidden wording, and efficacy wording that needs a citation. */
export interface ClaimsList {
  prohibited: ClaimEntry[];
  efficacy: ClaimEntry[];
}

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => `${issue.path.length ? `"${issue.path.join('.')}" ` : ''}${issue.message}`)
    .join('; ');

function compileEntries(
  raw: readonly unknown[],
  section: 'prohibited' | 'efficacy',
  file: string,
): ClaimEntry[] {
  const schema = section === 'prohibited' ? prohibitedEntrySchema : efficacyEntrySchema;
  return raw.map((item, index) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    const name = `${file}: ${section} entry ${index + 1}${typeof rawId === 'string' ? ` ("${rawId}")` : ''}`;
    const result = schema.safeParse(item);
    if (!result.success) throw new Error(`${name}: ${describeIssues(result.error)}`);
    const entry: z.infer<typeof prohibitedEntrySchema> = result.data;
    let regex: RegExp;
    try {
      regex = compilePatterns(entry.patterns);
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    return {
      id: entry.id,
      regex,
      severity: entry.severity,
      message: entry.message,
      hint: entry.hint,
      guidance: entry.guidance,
      scope: entry.scope ?? 'all',
      unlessCited: entry.unlessCited ?? false,
      examples: entry.examples ?? [],
    };
  });
}

/**
 * Parses and validates the text of a claims file. Throws an Error naming the
 * file and the entry (number and id) when anything is malformed.
 */
export function parseClaimsList(text: string, file: string = CLAIMS_FILE): ClaimsList {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) throw new Error(`${file}: not valid YAML: ${yamlError.message.split('\n')[0]}`);
  const top = fileSchema.safeParse(document.toJS());
  if (!top.success) throw new Error(`${file}: ${describeIssues(top.error)}`);
  const list: ClaimsList = {
    prohibited: compileEntries(top.data.prohibited, 'prohibited', file),
    efficacy: compileEntries(top.data.efficacy, 'efficacy', file),
  };
  const ids = [...list.prohibited, ...list.efficacy].map((entry) => entry.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new Error(`${file}: the id "${duplicate}" is used twice`);
  return list;
}

/** Reads and parses `content/compliance/claims.yaml` under a project root. */
export function loadClaimsList(root: string): ClaimsList {
  return parseClaimsList(readFileSync(join(root, CLAIMS_FILE), 'utf8'));
}

const loaded = new Map<string, ClaimsList>();

/** The list under `root`, read once per process: every content file is checked against it. */
export function claimsListFor(root: string): ClaimsList {
  const list = loaded.get(root) ?? loadClaimsList(root);
  loaded.set(root, list);
  return list;
}
