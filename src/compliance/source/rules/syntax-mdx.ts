import type { SourceDocument } from '../../core/document.ts';
import type { Finding } from '../../core/finding.ts';
import { parseMdx } from '../../core/mdx.ts';
import type { SourceRule } from '../rule.ts';

/** What the MDX parser throws: a message with the place it stopped. */
interface ParseError {
  reason?: string;
  message: string;
  line?: number;
  column?: number;
}

const isParseError = (error: unknown): error is ParseError =>
  error instanceof Error && 'line' in error;

/**
 * The MDX body must parse. The message is the parser's own ("Expected a
 * closing tag for `<div>`"), which already says what was expected.
 */
export function checkMdxSyntax(document: SourceDocument): Finding[] {
  if (document.collection === 'people' || document.tree) return [];
  try {
    parseMdx(document.source);
    return [];
  } catch (error) {
    if (!isParseError(error)) throw error;
    const reason = (error.reason ?? error.message).replace(/\s+/g, ' ');
    // Some messages carry their place only as a "(18:1-18:22)" suffix.
    const suffix = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
    const position = error.line
      ? { line: error.line, column: error.column ?? 1 }
      : suffix
        ? { line: Number(suffix[1]), column: Number(suffix[2]) }
        : null;
    return [
      {
        ruleId: 'syntax/mdx',
        severity: 'error',
        file: document.file,
        position,
        message: `MDX does not parse: ${suffix ? reason.slice(0, suffix.index) : reason}`,
        hint: 'Close every tag you open (<div> … </div>, or <UrgentHelp />), write { and < in text as \\{ and &lt;, and use {/* */} for comments.',
      },
    ];
  }
}

export const syntaxMdxRule: SourceRule = {
  ids: ['syntax/mdx'],
  check: checkMdxSyntax,
};
