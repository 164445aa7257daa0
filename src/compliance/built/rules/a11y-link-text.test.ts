import { describe, expect, it } from 'vitest';
import { checkBody } from '../testing.ts';
import type { PageFinding } from '../types.ts';
import { a11yLinkTextPageRule } from './a11y-link-text.ts';

const check = (body: string): PageFinding[] => checkBody(a11yLinkTextPageRule, body, () => true);

const HINT =
  'Use words that name the destination, e.g. "the NHS page on back pain" instead of "click here"';

const finding = (message: string, href: string): PageFinding => ({
  ruleId: 'a11y/link-text',
  severity: 'warning',
  pathname: '/a/',
  message,
  hint: HINT,
  trace: { kind: 'link', needle: href },
});

describe('a11y/link-text', () => {
  it('passes link text that names the destination', () => {
    expect(
      check(
        '<a href="/heat/">heat or ice for back pain</a><a href="/here/">here and now</a><a href="#source-1" aria-label="Source 1">[1]</a>',
      ),
    ).toEqual([]);
  });

  it.each(['Click here', 'here.', ' Read  more… ', 'MORE', 'link', 'this page!', 'Learn more →'])(
    'reports "%s"',
    (text) => {
      const name = text.replace(/\s+/g, ' ').trim();
      expect(check(`<p>For more, <a href="/more/">${text}</a></p>`)).toEqual([
        finding(`link text "${name}" says nothing about where the link goes`, '/more/'),
      ]);
    },
  );

  it('uses aria-label over the text, as a screen reader does', () => {
    expect(check('<a href="/a/" aria-label="Read more about heat packs">Read more</a>')).toEqual(
      [],
    );
    expect(check('<a href="/b/" aria-label="here">Heat packs</a>')).toEqual([
      finding('link text "here" says nothing about where the link goes', '/b/'),
    ]);
  });

  it('reads the alt text of an image inside the link', () => {
    expect(check('<a href="/c/"><img src="/i.svg" alt="Learn more"></a>')).toEqual([
      finding('link text "Learn more" says nothing about where the link goes', '/c/'),
    ]);
    expect(check('<a href="/d/"><img src="/i.svg" alt="The Backrack product page"></a>')).toEqual(
      [],
    );
  });

  it('reports a link with no text at all', () => {
    expect(check('<a href="/e/"><img src="/i.svg" alt=""></a>')).toEqual([
      finding('link to "/e/" has no text, so a screen reader can only read out its address', '/e/'),
    ]);
  });

  it('judges the words of a link to another website without the note the site adds', () => {
    const note =
      '<span aria-hidden="true">&nbsp;↗</span><span class="sr-only"> (another website)</span>';
    expect(check(`<a href="https://www.nhs.uk/">NHS: Back pain${note}</a>`)).toEqual([]);
    expect(check(`<a href="https://www.nhs.uk/">click here${note}</a>`)).toEqual([
      finding(
        'link text "click here" says nothing about where the link goes',
        'https://www.nhs.uk/',
      ),
    ]);
    expect(check(`<a href="https://www.nhs.uk/">${note}</a>`)).toEqual([
      finding(
        'link to "https://www.nhs.uk/" has no text, so a screen reader can only read out its address',
        'https://www.nhs.uk/',
      ),
    ]);
  });

  it('ignores hidden links and hidden text inside links', () => {
    expect(
      check('<a href="/f/" hidden>here</a><a href="/g/">Heat packs<span hidden> here</span></a>'),
    ).toEqual([]);
  });
});
