/**
 * `npm run check -- --explain <rule>`: what a rule means, an example and the
 * fix. The rule's facts come from the registry; its explanation is the README
 * section the registry points to, so the text is written in one place. Pure:
 * it takes the README's text.
 */
import GithubSlugger from 'github-slugger';
import { RULES, ruleFacts, ruleIdMatches, type Phase, type RuleFacts } from './core/registry.ts';

interface Section {
  /** The heading as written, e.g. `` `claims/prohibited` `` or `Checks on the built pages`. */
  title: string;
  lines: string[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const FENCE = /^\s*(```|~~~)/;
const RULE_HEADING = /^`([^`]+)`$/;
/** `| \`links/broken\` | a link to a page … |` */
const TABLE_ROW = /^\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|\s*$/;

/** The README section that lists the rules checked on built pages, whose rows explain them there. */
const BUILT_PAGES_ANCHOR = 'checks-on-the-built-pages';

/**
 * Level-3 sections by anchor (GitHub's, so registry anchors are links that
 * work), each up to the next heading of level 3 or higher; fences respected.
 */
export function readmeSections(readme: string): Map<string, Section> {
  const slugger = new GithubSlugger();
  const sections = new Map<string, Section>();
  let current: Section | null = null;
  let inFence = false;
  for (const line of readme.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 0;
      const title = heading[2] ?? '';
      const anchor = slugger.slug(title);
      if (level <= 3) current = level === 3 ? { title, lines: [] } : null;
      if (current && level === 3) sections.set(anchor, current);
      else if (level > 3) current?.lines.push(line);
    } else {
      current?.lines.push(line);
    }
  }
  return sections;
}

/** The text of a table row naming `ruleId` in a section, if it has one. */
export function tableRow(section: Section | undefined, ruleId: string): string | undefined {
  for (const line of section?.lines ?? []) {
    const match = TABLE_ROW.exec(line);
    if (match?.[1] === ruleId) return match[2];
  }
  return undefined;
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

const PHASE_NAMES: Record<Phase, string> = {
  source: 'npm run check',
  built: 'npm run build, on the built pages',
};

function factsLine(facts: RuleFacts): string {
  const phases = facts.phases.map((phase) => PHASE_NAMES[phase]).join(' and ');
  return wrap(
    `${facts.severity === 'error' ? 'An error' : 'A warning'}, checked by ${phases}; reads ${facts.scopes.join(', ')}.`,
  );
}

/** The registry's entry for an id, or for a family such as `schema/*` its first member. */
const factsFor = (ruleId: string): RuleFacts | undefined =>
  ruleFacts(ruleId) ??
  (ruleId.endsWith('/*')
    ? (RULES as readonly RuleFacts[]).find((rule) => ruleIdMatches(ruleId, rule.id))
    : undefined);

/** Every rule id the registry declares, sorted. */
export const knownRuleIds = (): string[] => RULES.map((rule) => rule.id).sort();

/**
 * The explanation of a rule as plain text, headed by the rule id, its
 * severity and phases, and its one-line summary from the registry, or null for
 * an id the registry does not declare. A rule with a section of its own gets
 * it (and, when the built pages are checked for it too, that table row); a
 * member of a family gets the family's section; a rule explained in a table
 * gets its row.
 */
export function explainRule(ruleId: string, readme: string): string | null {
  const facts = factsFor(ruleId);
  if (!facts) return null;
  const sections = readmeSections(readme);
  const section = sections.get(facts.anchor);
  const sectionRule = section ? RULE_HEADING.exec(section.title)?.[1] : undefined;
  // A rule checked on built pages says so, from the table of such rules or, for
  // a rule explained only in a table of its own (the headers), from that row.
  const builtRow = facts.phases.includes('built')
    ? (tableRow(sections.get(BUILT_PAGES_ANCHOR), ruleId) ??
      (sectionRule ? undefined : tableRow(section, ruleId)))
    : undefined;
  const onBuiltPages = builtRow
    ? wrap(`On the built pages (checked by npm run build): ${builtRow}`)
    : '';

  const title =
    !sectionRule || sectionRule === ruleId
      ? ruleId
      : `${ruleId} (one of the ${sectionRule} checks)`;
  const body = sectionRule && section ? plainText(section.lines) : '';
  return [title, factsLine(facts), wrap(facts.summary), body, onBuiltPages]
    .filter(Boolean)
    .join('\n\n');
}
