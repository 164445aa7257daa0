import { describe, expect, it } from 'vitest';
import { checkBody } from '../testing.ts';
import type { PageFinding } from '../types.ts';
import { a11yHeadingOrderPageRule } from './a11y-heading-order.ts';

const check = (body: string): PageFinding[] =>
  checkBody(a11yHeadingOrderPageRule, body, () => false);

const base = { ruleId: 'a11y/heading-order', severity: 'error', pathname: '/a/' } as const;

describe('a11y/heading-order', () => {
  it('passes one <h1> and levels that go down one at a time and back up freely', () => {
    expect(
      check(
        '<header><p>Site</p></header><main><h1>Title</h1><h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2><h3>E</h3></main><footer><h2>Footer</h2></footer>',
      ),
    ).toEqual([]);
  });

  it('reports a page with no <h1>', () => {
    expect(check('<main><h2>Only a section</h2></main>')).toEqual([
      {
        ...base,
        message: 'the page has no <h1>',
        hint: 'Give the page one <h1> that names its subject; pages from MDX get it from the layout or a single "#" heading',
      },
    ]);
  });

  it('reports a second <h1>, traced by its text, wherever it is in the body', () => {
    expect(check('<header><h1>Site name</h1></header><main><h1> Page  title </h1></main>')).toEqual(
      [
        {
          ...base,
          message:
            'the page has 2 <h1> headings (the second is "Page title"); it needs exactly one',
          hint: 'Keep the first <h1> and make the others <h2> (in MDX, "##")',
          trace: { kind: 'heading', needle: 'Page title' },
        },
      ],
    );
  });

  it('reports a heading that skips a level, traced by its text', () => {
    expect(check('<h1>Title</h1><h2>Causes</h2><h4>Lifting</h4>')).toEqual([
      {
        ...base,
        message: 'heading "Lifting" is an <h4> after an <h2>, skipping a level',
        hint: 'Make it an <h3> (in MDX, ###), or add the missing level above it',
        trace: { kind: 'heading', needle: 'Lifting' },
      },
    ]);
  });

  it('ignores hidden headings, which give the page no structure', () => {
    expect(
      check('<h1>Title</h1><div hidden><h1>Old</h1><h4>Old part</h4></div><h2>A</h2>'),
    ).toEqual([]);
  });
});
