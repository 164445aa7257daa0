import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, HeadersFileError, readHeaderRules } from './static-server.ts';

const HEADERS = [
  '/*',
  "  Content-Security-Policy: default-src 'self'",
  '/_astro/*',
  '  Cache-Control: public, max-age=31536000, immutable',
  '/about/',
  '  Cache-Control: no-cache',
].join('\n');

describe('the preview server', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preview-'));
    await mkdir(join(dir, 'about'));
    await mkdir(join(dir, '_astro'));
    await writeFile(join(dir, 'index.html'), '<h1>home</h1>');
    await writeFile(join(dir, 'about/index.html'), '<h1>about</h1>');
    await writeFile(join(dir, '_astro/a.css'), 'p{}');
    await writeFile(join(dir, '404.html'), '<h1>not found</h1>');
    await writeFile(join(dir, '_headers'), HEADERS);
    server = createStaticServer(dir, readHeaderRules(dir));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('sends each URL the headers of every rule that matches it', async () => {
    const about = await fetch(`${base}/about/`);
    expect(await about.text()).toBe('<h1>about</h1>');
    expect(about.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(about.headers.get('cache-control')).toBe('no-cache');

    const css = await fetch(`${base}/_astro/a.css`);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-security-policy')).toBe("default-src 'self'");

    const home = await fetch(`${base}/`);
    expect(home.headers.get('cache-control')).toBeNull();
  });

  it('answers an unknown URL with the 404 page, a 404 status and the headers', async () => {
    const response = await fetch(`${base}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('never serves the headers file itself', async () => {
    expect((await fetch(`${base}/_headers`)).status).toBe(404);
  });

  it('sends a folder without its slash to the slashed URL', async () => {
    const response = await fetch(`${base}/about`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/');
  });

  it('refuses a headers file that does not parse, naming the line', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'preview-broken-'));
    await writeFile(join(broken, '_headers'), '/*\n  X-Frame-Options DENY\n');
    expect(() => readHeaderRules(broken)).toThrow(HeadersFileError);
    expect(() => readHeaderRules(broken)).toThrow(
      `${join(broken, '_headers')}:2:3  expected "Name: value", found "X-Frame-Options DENY"`,
    );
    await rm(broken, { recursive: true, force: true });
  });
});
