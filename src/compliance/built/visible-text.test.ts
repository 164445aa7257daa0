import { selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isHidden, visibleText } from './visible-text.ts';

const text = (html: string): string => visibleText(parseDocument(html));
const element = (html: string, selector: string): Element => {
  const found = selectOne<AnyNode, Element>(selector, parseDocument(html));
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('visibleText', () => {
  it('collapses white space, including line breaks and no-break spaces', () => {
    expect(text('<p>  One\n\t two&nbsp;&nbsp;three  </p>')).toBe('One two three');
  });

  it('keeps blocks and <br> apart but lets inline elements run on', () => {
    expect(text('<ul><li>one</li><li>two</li></ul><p>a<br>b <strong>c</strong>d</p>')).toBe(
      'one two a b cd',
    );
  });

  it('leaves out script, style, template and noscript', () => {
    expect(
      text(
        '<p>Shown</p><script>var cure = 1</script><style>p{}</style><template><p>T</p></template><noscript>N</noscript>',
      ),
    ).toBe('Shown');
  });

  it('leaves out hidden, aria-hidden="true" and inline display: none', () => {
    expect(
      text(
        '<p>a</p><p hidden>b</p><p aria-hidden="true">c</p><p aria-hidden="false">d</p><p style="color: red; DISPLAY : None !important">e</p><p style="display:block">f</p>',
      ),
    ).toBe('a d f');
  });
});

describe('isHidden', () => {
  it('looks at the element and every element around it', () => {
    const html =
      '<div style="display:none"><section><p id="x">x</p></section></div><p id="y">y</p>';
    expect(isHidden(element(html, '#x'))).toBe(true);
    expect(isHidden(element(html, '#y'))).toBe(false);
  });
});

describe('collapseWhitespace', () => {
  it('trims and joins runs of white space', () => {
    expect(collapseWhitespace('\n a \n\n b ')).toBe('a b');
  });
});
