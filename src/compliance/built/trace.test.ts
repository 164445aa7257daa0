import { describe, expect, it } from 'vitest';
import { parseMdx } from '../core/mdx.ts';
import { traceToSource, type SourceReader } from './trace.ts';
import type { PageFinding } from './types.ts';

const files: Record<string, string> = {
  'content/articles/a.mdx':
    '---\ntitle: A\n---\n\n## Heat\n\nSee [the guide](/articles/gone/) first.\n',
  'content/articles/b.mdx': '---\ntitle: B\n---\n\nIt cures spasms.\n',
  'content/articles/c.mdx': '---\ntitle: C\ndescription: A miracle rack\n---\n\nText.\n',
  'src/pages/about.astro': '---\n---\n<p>Read <a href="/nowhere/">this</a>.</p>\n',
  'src/components/Header.astro': '<nav>\n  <a href="/shop/">Shop</a>\n</nav>\n',
  'src/components/Footer.astro': "---\nconst links = [{ href: '/help/', label: 'Help' }];\n---\n",
};

const sources: SourceReader = {
  sourceFor: (pathname) =>
    ({
      '/articles/a/': 'content/articles/a.mdx',
      '/articles/b/': 'content/articles/b.mdx',
      '/about/': 'src/pages/about.astro',
      '/articles/c/': 'content/articles/c.mdx',
    })[pathname] ?? null,
  componentFiles: ['src/components/Header.astro', 'src/components/Footer.astro'],
  contentFiles: ['content/articles/a.mdx', 'content/articles/b.mdx', 'content/articles/c.mdx'],
  read: (file) => files[file] ?? null,
  parseMdx: (file) => (files[file] ? parseMdx(files[file]) : null),
  layoutFor: (pathname) => (pathname.startsWith('/articles/') ? 'src/layouts/Article.astro' : null),
};

const broken = (pathname: string, needle: string): PageFinding => ({
  ruleId: 'links/broken',
  severity: 'error',
  pathname,
  message: `"${needle}" points to no page`,
  trace: { kind: 'link', needle },
});

const brief = (findings: PageFinding[]) =>
  traceToSource(findings, sources).map(
    (f) =>
      `${f.file}:${f.position ? `${f.position.line}:${f.position.column}` : '-'}  ${f.message}`,
  );

describe('traceToSource', () => {
  it('names the MDX file and the line of a broken link written there', () => {
    expect(brief([broken('/articles/a/', '/articles/gone/')])).toEqual([
      'content/articles/a.mdx:7:5  "/articles/gone/" points to no page (on /articles/a/)',
    ]);
  });

  it('names the .astro page when the page is not built from content', () => {
    expect(brief([broken('/about/', '/nowhere/')])).toEqual([
      'src/pages/about.astro:3:18  "/nowhere/" points to no page (on /about/)',
    ]);
  });

  it('reports a fault from a shared component once, with the count and some pages', () => {
    const pages = ['/articles/a/', '/articles/b/', '/about/', '/x/'];
    expect(brief(pages.map((page) => broken(page, '/shop/')))).toEqual([
      'src/components/Header.astro:2:12  "/shop/" points to no page (on 4 pages, e.g. /articles/a/, /articles/b/, /about/)',
    ]);
  });

  it("finds a URL kept in a component's data", () => {
    expect(brief([broken('/about/', '/help/')])).toEqual([
      'src/components/Footer.astro:2:25  "/help/" points to no page (on /about/)',
    ]);
  });

  it('puts something every page of a layout lacks on that layout, once', () => {
    const missing = (pathname: string): PageFinding => ({
      ruleId: 'disclaimer/missing',
      severity: 'error',
      pathname,
      message: 'no medical disclaimer inside <main>',
    });
    expect(brief([missing('/articles/a/'), missing('/articles/b/'), missing('/about/')])).toEqual([
      'src/layouts/Article.astro:-  no medical disclaimer inside <main> (on 2 pages, e.g. /articles/a/, /articles/b/)',
      'src/pages/about.astro:-  no medical disclaimer inside <main> (on /about/)',
    ]);
  });

  it('leaves wording in MDX to the source rule, but reports it from a component', () => {
    const claim = (pathname: string): PageFinding => ({
      ruleId: 'claims/prohibited',
      severity: 'error',
      pathname,
      message: '"cures" is an absolute health claim',
      trace: { kind: 'text', needle: 'cures' },
    });
    expect(brief([claim('/articles/b/')])).toEqual([]);
    expect(
      brief([{ ...claim('/articles/c/'), trace: { kind: 'text', needle: 'miracle' } }]),
    ).toEqual([]);
    expect(brief([{ ...claim('/about/'), trace: { kind: 'text', needle: 'miraculous' } }])).toEqual(
      ['src/pages/about.astro:-  "cures" is an absolute health claim (on /about/)'],
    );
  });

  it("leaves another entry's words, shown in a card or a list, to the source rule", () => {
    // c.mdx's description, as the home page's card shows it.
    const card: PageFinding = {
      ruleId: 'claims/cure-absolute',
      severity: 'error',
      pathname: '/about/',
      message: '"miracle" is a cure-absolute claim',
      trace: { kind: 'text', needle: 'A miracle rack' },
    };
    expect(brief([card])).toEqual([]);
  });
});
