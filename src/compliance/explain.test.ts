import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainRule, knownRuleIds, readmeSections, tableRow } from './explain.ts';
import { RULES } from './core/registry.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** A small README in the real one's shape. */
const sample = `# Site

## What the checks tell you

### Running the checks

Run it.

### \`claims/prohibited\`

Wording that the rules forbid.

\`\`\`mdx
A heat pack cures back spasms.
\`\`\`

Fix: say what the evidence shows.

### \`schema/*\`

The frontmatter does not match.

| rule                  | what it means and how to fix it |
| --------------------- | ------------------------------- |
| \`schema/yaml\`         | not valid YAML; check indentation |

### \`markdown/MDxxx\`

Markdown style.

### Checks on the built pages

| rule                 | what it means and how to fix it              |
| -------------------- | -------------------------------------------- |
| \`disclaimer/missing\` | a page has no disclaimer; render it          |
| \`claims/prohibited\`  | as above, for wording in \`.astro\` pages      |

### Silencing a finding

\`\`\`yaml
# compliance-ignore-next-line claims/prohibited -- a heading inside a fence is not a heading
\`\`\`

## Configuration
`;

describe('explainRule', () => {
  it("prints a rule's own section, with code unfenced, then its built-page row", () => {
    expect(explainRule('claims/prohibited', sample)).toBe(
      [
        'claims/prohibited',
        '',
        'An error, checked by npm run check and npm run build, on the built pages; reads',
        'body, headings, frontmatter, alt, meta.',
        '',
        'No wording that health advertising rules forbid (cure, guaranteed, miracle, "no',
        'side effects", …), as listed in content/compliance/claims.yaml.',
        '',
        'Wording that the rules forbid.',
        '',
        '    A heat pack cures back spasms.',
        '',
        'Fix: say what the evidence shows.',
        '',
        'On the built pages (checked by npm run build): as above, for wording in `.astro`',
        'pages',
      ].join('\n'),
    );
  });

  it('falls back to the schema/* and markdown/MDxxx sections', () => {
    const yaml = explainRule('schema/yaml', sample);
    expect(yaml?.split('\n')[0]).toBe('schema/yaml (one of the schema/* checks)');
    expect(yaml).toContain('The frontmatter does not match.');
    expect(yaml).toContain('`schema/yaml`');
    expect(explainRule('markdown/MD004', sample)).toBe(
      [
        'markdown/MD004 (one of the markdown/MDxxx checks)',
        'An error, checked by npm run check; reads body.',
        "Markdown style, checked by markdownlint with the project's settings.",
        'Markdown style.',
      ].join('\n\n'),
    );
    expect(explainRule('schema/*', sample)?.split('\n')[0]).toBe('schema/*');
  });

  it('prints the table row of a rule checked only on the built pages, wrapped', () => {
    expect(explainRule('disclaimer/missing', sample)).toBe(
      [
        'disclaimer/missing',
        '',
        'An error, checked by npm run build, on the built pages; reads body.',
        '',
        'Every page that is not exempt shows the standard medical disclaimer inside',
        '<main>.',
        '',
        'On the built pages (checked by npm run build): a page has no disclaimer; render',
        'it',
      ].join('\n'),
    );
  });

  it('knows no other rule, and does not end a section at a # inside a fence', () => {
    for (const id of ['claims/unknown', 'schema/typo', 'markdown/MD4', 'Running the checks']) {
      expect(explainRule(id, sample), id).toBeNull();
    }
    expect(knownRuleIds()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});

describe('the README', () => {
  const sections = readmeSections(readme);

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    'has the section the registry names for %s, which explains it',
    (id, rule) => {
      const section = sections.get(rule.anchor);
      expect(section, `#${rule.anchor}`).toBeDefined();
      const ownHeading = /^`([^`]+)`$/.exec(section?.title ?? '')?.[1];
      // A rule explained in a shared table needs its own row there.
      if (!ownHeading) expect(tableRow(section, id), `row for ${id}`).toBeDefined();
      const text = explainRule(id, readme);
      const title = text?.split('\n')[0] ?? '';
      expect(title === id || title.startsWith(`${id} (`), `${id}: ${title}`).toBe(true);
      // Its one-line summary follows its severity and phases, wrapped like the README.
      expect(text?.split('\n\n')[2]?.replaceAll('\n', ' ')).toBe(rule.summary);
    },
  );

  it('explains a member of a family, such as one markdownlint rule', () => {
    expect(explainRule('markdown/MD013', readme)?.split('\n')[0]).toBe(
      'markdown/MD013 (one of the markdown/MDxxx checks)',
    );
  });

  it('explains links/anchor and a11y/heading-order as found in the source and on the built pages', () => {
    const anchor = explainRule('links/anchor', readme) ?? '';
    expect(anchor).toMatch(
      /^links\/anchor\n\nAn error, checked by npm run check and npm run build[^]*?\n\nA link to a section of the same page/,
    );
    expect(anchor).toContain('names no heading on this page; did you mean #using-heat?');
    expect(anchor).toContain('\n\nOn the built pages (checked by npm run build): as above');
    const headings = explainRule('a11y/heading-order', readme) ?? '';
    expect(headings).toMatch(
      /^a11y\/heading-order\n\nAn error, checked by npm run check and npm run build[^]*?\n\nA heading skips a level/,
    );
    expect(headings).toContain(
      'This heading jumps from level 2 to level 4; use level 3 (###) here',
    );
    expect(headings).toContain('\n\nOn the built pages (checked by npm run build): as above');
  });

  it('gives the meaning, an example and the fix of claims/prohibited', () => {
    const text = explainRule('claims/prohibited', readme) ?? '';
    expect(text).toMatch(
      /^claims\/prohibited\n\nAn error, checked by npm run check and npm run build/,
    );
    expect(text).toContain('\nThe page uses wording');
    expect(text).toContain('\n    A heat pack cures back spasms.\n');
    expect(text).toContain('Fix: say what the evidence shows');
    expect(text).not.toContain('```');
    expect(text).not.toContain('### ');
  });
});

describe('reading the README as GitHub does', () => {
  const readmeWith = (section: string) =>
    `# Site\n\n## What the checks tell you\n\n${section}\n\n## Configuration\n\nNot part of it.\n`;
  const body = (text: string | null) => text?.split('\n\n').slice(3).join('\n\n');

  it('keeps a section’s smaller headings and what follows them', () => {
    const text = explainRule(
      'readability/grade',
      readmeWith(
        '### `readability/grade`\n\nLong sentences.\n\n#### How it is measured\n\nSyllables.',
      ),
    );
    expect(body(text)).toBe('Long sentences.\n\n#### How it is measured\n\nSyllables.');
  });

  it('calls a warning a warning', () => {
    expect(explainRule('readability/grade', readmeWith('### `readability/grade`'))).toBe(
      [
        'readability/grade',
        'A warning, checked by npm run check; reads body.',
        "A page's prose reads at Flesch-Kincaid grade 8 or below.",
      ].join('\n\n'),
    );
  });

  it('reads a heading with more than one space after its hashes', () => {
    const text = explainRule('readability/grade', readmeWith('###   `readability/grade`\n\nLong.'));
    expect(body(text)).toBe('Long.');
  });

  it('reads an indented fence as a fence, and triple backticks inside a line as text', () => {
    const text = explainRule(
      'readability/grade',
      readmeWith(
        [
          '### `readability/grade`',
          '',
          'Write ``` on a line of its own to start a code block.',
          '',
          '- An example:',
          '',
          '  ```md',
          '  ### Not a heading',
          '  ```',
          '',
          'The end.',
        ].join('\n'),
      ),
    );
    expect(body(text)).toBe(
      [
        'Write ``` on a line of its own to start a code block.',
        '',
        '- An example:',
        '',
        '      ### Not a heading',
        '',
        'The end.',
      ].join('\n'),
    );
  });

  it('takes a heading as a rule’s own only when it is the rule id alone', () => {
    for (const title of ['`readability/grade` in detail', 'About `readability/grade`']) {
      const text = explainRule('readability/grade', readmeWith(`### ${title}\n\nLong.`));
      expect(text, title).toBe(
        [
          'readability/grade',
          'A warning, checked by npm run check; reads body.',
          "A page's prose reads at Flesch-Kincaid grade 8 or below.",
        ].join('\n\n'),
      );
    }
  });

  it('reads a table row however its cells are spaced, and only a whole row', () => {
    const section = (rows: string[]) =>
      readmeWith(
        ['### Checks on the built pages', '', '| rule | meaning |', '| --- | --- |', ...rows].join(
          '\n',
        ),
      );
    const row = (rows: string[]) =>
      explainRule('disclaimer/missing', section(rows))?.split('\n\n').at(-1);
    const shown = 'On the built pages (checked by npm run build): no disclaimer';
    expect(row(['|`disclaimer/missing`|no disclaimer|'])).toBe(shown);
    expect(row(['|  `disclaimer/missing`  |  no disclaimer  |  '])).toBe(shown);
    expect(row(['| `disclaimer/missing` |no disclaimer   |'])).toBe(shown);
    expect(row(['x | `disclaimer/missing` | no disclaimer |'])).not.toBe(shown);
    expect(row(['| `disclaimer/missing` | no disclaimer | more |'])).not.toBe(shown);
  });
});
