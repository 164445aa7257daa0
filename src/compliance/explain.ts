/**
 * `npm run check -- --explain <rule>`: what a rule means, an example and the
 * fix. The text lives in one place, the README's "What the checks tell you";
 * this module only finds the right part of it, so it is pure: it takes the
 * README's text.
 */

interface Section {
  /** The rule id in the heading, e.g. `claims/prohibited` or `schema/*`. */
  id: string;
  lines: string[];
}

interface TableRow {
  id: string;
  text: string;
}

interface ReadmeRules {
  sections: Map<string, Section>;
  /** Rows of the tables of rules checked on the built site (pages and headers). */
  pageRows: Map<string, TableRow>;
  /** Rows of the table in the `schema/*` section. */
  schemaRows: Map<string, TableRow>;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const FENCE = /^\s*(```|~~~)/;
const RULE_HEADING = /^`([^`]+)`$/;
/** `| \`links/broken\` | a link to a page … |` */
const TABLE_ROW = /^\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|\s*$/;

const SCHEMA_FAMILY = 'schema/*';
const MARKDOWN_FAMILY = 'markdown/MDxxx';
/** Sections whose tables list rules checked on the built site. */
const BUILT_SITE_CHECKS = new Set(['Checks on the built pages', 'How the headers are checked']);

/** Level-3 sections, each up to the next heading of level 3 or higher; fences respected. */
function level3Sections(readme: string): { title: string; lines: string[] }[] {
  const sections: { title: string; lines: string[] }[] = [];
  let current: { title: string; lines: string[] } | null = null;
  let inFence = false;
  for (const line of readme.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading && (heading[1]?.length ?? 0) <= 3) {
      current = heading[1] === '###' ? { title: heading[2] ?? '', lines: [] } : null;
      if (current) sections.push(current);
    } else {
      current?.lines.push(line);
    }
  }
  return sections;
}

function tableRows(lines: readonly string[]): Map<string, TableRow> {
  const rows = new Map<string, TableRow>();
  for (const line of lines) {
    const match = TABLE_ROW.exec(line);
    if (match?.[1] && match[2] !== undefined) {
      rows.set(match[1], { id: match[1], text: match[2] });
    }
  }
  return rows;
}

function readRules(readme: string): ReadmeRules {
  const sections = new Map<string, Section>();
  const pageRows = new Map<string, TableRow>();
  for (const { title, lines } of level3Sections(readme)) {
    const id = RULE_HEADING.exec(title)?.[1];
    if (id) sections.set(id, { id, lines });
    if (BUILT_SITE_CHECKS.has(title)) {
      for (const [rowId, row] of tableRows(lines)) pageRows.set(rowId, row);
    }
  }
  const schemaRows = tableRows(sections.get(SCHEMA_FAMILY)?.lines ?? []);
  return { sections, pageRows, schemaRows };
}

/** Markdown as a terminal shows it well: code blocks indented instead of fenced. */
function plainText(lines: readonly string[]): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    out.push(inFence && line !== '' ? `    ${line}` : line);
  }
  return out.join('\n').trim();
}

/** Wraps a long table cell at word boundaries, as the README's prose is wrapped. */
function wrap(text: string, width = 80): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}

const isMarkdownRule = (id: string): boolean =>
  /^markdown\/(MD\d{3}|\*)$/.test(id) || id === MARKDOWN_FAMILY;

/** Every rule id the README explains, sorted; markdownlint rules appear as `markdown/MDxxx`. */
export function knownRuleIds(readme: string): string[] {
  const { sections, pageRows, schemaRows } = readRules(readme);
  const ids = new Set([...sections.keys(), ...schemaRows.keys(), ...pageRows.keys()]);
  ids.delete(SCHEMA_FAMILY);
  return [...ids].sort();
}

/**
 * The README's explanation of a rule as plain text, headed by the rule id, or
 * null for a rule the README does not explain. A rule with its own section
 * gets that section (and, when the built pages are checked for it too, that
 * table row); `schema/…` ids get the `schema/*` section; `markdown/MD…` ids
 * the `markdown/MDxxx` one; rules checked only on the built pages their row.
 */
export function explainRule(ruleId: string, readme: string): string | null {
  const { sections, pageRows, schemaRows } = readRules(readme);
  const pageRow = pageRows.get(ruleId);
  const onPages = pageRow
    ? wrap(`On the built pages (checked by npm run build): ${pageRow.text}`)
    : '';
  const own = sections.get(ruleId);
  if (own) return [ruleId, plainText(own.lines), onPages].filter(Boolean).join('\n\n');

  const family =
    schemaRows.has(ruleId) || ruleId === SCHEMA_FAMILY
      ? SCHEMA_FAMILY
      : isMarkdownRule(ruleId)
        ? MARKDOWN_FAMILY
        : null;
  const familySection = family ? sections.get(family) : undefined;
  if (family && familySection) {
    const title = ruleId === family ? ruleId : `${ruleId} (one of the ${family} checks)`;
    return [title, plainText(familySection.lines)].join('\n\n');
  }
  if (pageRow) return [ruleId, onPages].join('\n\n');
  return null;
}
