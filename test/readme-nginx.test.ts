import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRule } from '../src/compliance/explain.ts';
import { headersFor, parseHeadersFile } from '../src/security/headers-file.ts';
import { projectRoot } from './run-script.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const { rules } = parseHeadersFile(readFileSync(join(projectRoot, 'public/_headers'), 'utf8'));

/** `Name → value` of what the shipped file sends for a URL. */
const shipped = (path: string): Record<string, string> =>
  Object.fromEntries([...headersFor(rules, path).values()].map((h) => [h.name, h.value]));

const nginxBlocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** `add_header Name "value" always;` lines of an nginx text, in order. */
const addHeaders = (text: string): Record<string, string> =>
  Object.fromEntries(
    [...text.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1], m[2]]),
  );

/** The body of `location <path> { … }` in the server block. */
const location = (server: string, path: string): string =>
  new RegExp(`location ${path.replaceAll('/', '\\/')} \\{([^}]*)\\}`).exec(server)?.[1] ?? '';

describe("the README's headers agree with public/_headers", () => {
  const [snippet = '', server = ''] = nginxBlocks;
  const everyUrl = shipped('/favicon.svg');

  it('gives the same shared headers for nginx', () => {
    expect(nginxBlocks).toHaveLength(2);
    expect(addHeaders(snippet)).toEqual(everyUrl);
  });

  it('caches the same way for nginx', () => {
    expect(location(server, '/_astro/')).toContain('include snippets/backrack-headers.conf;');
    expect(addHeaders(location(server, '/_astro/'))).toEqual({
      'Cache-Control': shipped('/_astro/a.css')['Cache-Control'],
    });
    expect(location(server, '/')).toContain('include snippets/backrack-headers.conf;');
    expect(addHeaders(location(server, '/'))).toEqual({
      'Cache-Control': shipped('/articles/a/')['Cache-Control'],
    });
  });

  it('lists the same values in the table of headers', () => {
    const table = Object.fromEntries(
      [...readme.matchAll(/^\|\s*`([A-Za-z-]+)`\s*\|\s*`([^`]+)`\s*\|/gm)].map((m) => [m[1], m[2]]),
    );
    expect(table).toEqual(everyUrl);
  });

  it.each([
    'headers/syntax',
    'headers/missing',
    'headers/weak',
    'headers/conflict',
    'headers/csp',
    'headers/csp-inline',
  ])('explains %s for --explain', (ruleId) => {
    expect(explainRule(ruleId, readme)).toMatch(/^headers\/[\s\S]+On the built pages/);
  });
});
