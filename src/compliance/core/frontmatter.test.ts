import { describe, expect, it } from 'vitest';
import {
  BYTE_ORDER_MARK,
  parseFrontmatter,
  parseYaml,
  splitFrontmatter,
  stripByteOrderMark,
} from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits the fenced YAML from the body, which starts on the line after the fence', () => {
    expect(splitFrontmatter('---\ntitle: Heat\ntags: [a]\n---\nBody text\n')).toStrictEqual({
      yaml: 'title: Heat\ntags: [a]',
      body: 'Body text\n',
      bodyStartLine: 5,
    });
  });

  it('reads Windows line endings and a byte-order mark the same way', () => {
    expect(splitFrontmatter(`${BYTE_ORDER_MARK}---\r\ntitle: Heat\r\n---\r\nBody`)).toStrictEqual({
      yaml: 'title: Heat',
      body: 'Body',
      bodyStartLine: 4,
    });
  });

  it('counts the body from the closing fence when the file ends there', () => {
    expect(splitFrontmatter('---\ntitle: Heat\n---')).toStrictEqual({
      yaml: 'title: Heat',
      body: '',
      bodyStartLine: 3,
    });
  });

  it('finds no frontmatter when the file does not start with a fence', () => {
    expect(splitFrontmatter('Body\n---\ntitle: x\n---\n')).toStrictEqual({
      yaml: null,
      body: 'Body\n---\ntitle: x\n---\n',
      bodyStartLine: 1,
    });
  });
});

describe('stripByteOrderMark', () => {
  it('removes only a leading mark', () => {
    expect(stripByteOrderMark(`${BYTE_ORDER_MARK}a${BYTE_ORDER_MARK}`)).toBe(`a${BYTE_ORDER_MARK}`);
    expect(stripByteOrderMark('abc')).toBe('abc');
  });
});

describe('parseYaml', () => {
  const yaml = [
    'title: Heat',
    'hero:',
    '  src: ./heat.jpg',
    '  alt: A heat pack',
    'tags:',
    '  - back',
    '  - heat',
  ].join('\n');

  it('locates keys and list items on the lines of the file', () => {
    const parsed = parseYaml(yaml, 2);
    expect(parsed.data).toStrictEqual({
      title: 'Heat',
      hero: { src: './heat.jpg', alt: 'A heat pack' },
      tags: ['back', 'heat'],
    });
    expect(parsed.startLine).toBe(2);
    expect(parsed.locate(['title'])).toStrictEqual({ line: 2, column: 1 });
    expect(parsed.locate(['hero', 'alt'])).toStrictEqual({ line: 5, column: 3 });
    expect(parsed.locate(['tags', 1])).toStrictEqual({ line: 8, column: 5 });
  });

  it('gives the nearest parent that exists for a path that does not', () => {
    const parsed = parseYaml(yaml, 2);
    expect(parsed.locate(['hero', 'caption'])).toStrictEqual({ line: 3, column: 1 });
    expect(parsed.locate(['tags', 5])).toStrictEqual({ line: 6, column: 1 });
    expect(parsed.locate(['tags', 'first'])).toStrictEqual({ line: 6, column: 1 });
    expect(parsed.locate(['title', 'deeper'])).toStrictEqual({ line: 2, column: 1 });
  });

  it('points at the opening fence for a field missing from the top level', () => {
    expect(parseYaml(yaml, 2).locate(['description'])).toStrictEqual({ line: 1, column: 1 });
    expect(parseYaml(yaml, 2).locate([])).toStrictEqual({ line: 1, column: 1 });
    expect(parseYaml('name: Sam', 1).locate(['role'])).toStrictEqual({ line: 1, column: 1 });
  });

  it('gives each syntax error its first line and its place in the file, and no data', () => {
    const parsed = parseYaml('title: Heat\ntitle: Ice', 2);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toStrictEqual([
      { message: 'Map keys must be unique', position: { line: 3, column: 1 } },
    ]);
  });
});

describe('parseFrontmatter', () => {
  it('parses the frontmatter of an MDX file from line 2', () => {
    const parsed = parseFrontmatter('---\ntitle: Heat\n---\nBody\n');
    expect(parsed.data).toStrictEqual({ title: 'Heat' });
    expect(parsed.locate(['title'])).toStrictEqual({ line: 2, column: 1 });
    expect(parsed.body).toBe('Body\n');
    expect(parsed.bodyStartLine).toBe(4);
  });

  it('has no data when the file has no frontmatter', () => {
    const parsed = parseFrontmatter('Body only\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.body).toBe('Body only\n');
  });
});
