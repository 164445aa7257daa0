import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkExternalLinks, type ExternalLinkOptions } from './external-links.ts';
import type { PageFinding } from './types.ts';

// Every request goes to this local server: the machine has no internet access.
const hits = new Map<string, number>();
const agents: string[] = [];
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let base = '';
let refused = ''; // a port that was open a moment ago and now refuses connections

beforeAll(async () => {
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    agents.push(req.headers['user-agent'] ?? '');
    const send = (status: number, headers: Record<string, string> = {}) =>
      res.writeHead(status, headers).end(req.method === 'GET' ? 'body' : undefined);
    const routes: Record<string, () => void> = {
      '/ok': () => send(200),
      '/missing': () => send(404),
      '/broken': () => send(500),
      '/moved': () => send(301, { location: '/ok' }),
      '/loop': () => send(302, { location: '/loop' }),
      '/head-not-allowed': () => send(req.method === 'HEAD' ? 405 : 200),
      '/wait': () => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        setTimeout(() => {
          inFlight--;
          send(200);
        }, 30);
      },
    };
    routes[pathname]?.();
    // Any other path, such as '/slow', never answers: the client's timeout ends it.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spare = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => spare.once('listening', resolve));
  refused = `http://127.0.0.1:${(spare.address() as AddressInfo).port}/`;
  await new Promise((resolve) => spare.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let dir = '';
beforeEach(async () => {
  hits.clear();
  agents.length = 0;
  dir = await mkdtemp(path.join(tmpdir(), 'external-links-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

// Long enough that a loaded CI machine answers every path that does answer;
// only '/slow', which never does, runs into it.
const fast = (extra: ExternalLinkOptions = {}): ExternalLinkOptions => ({
  root: dir,
  timeoutMs: 1_500,
  retryDelayMs: 5,
  ...extra,
});
const broken = (pathname: string, url: string, detail: string): PageFinding => ({
  ruleId: 'links/external',
  severity: 'error',
  pathname,
  message: `${url} ${detail}`,
  hint: 'Check the address in a browser; if the page moved, link to its new address; if it is gone, find another source.',
  trace: { kind: 'link', needle: url },
});

describe('checkExternalLinks', () => {
  it('reports each broken URL once per page that links it', async () => {
    const links = [
      { url: `${base}/ok`, pathnames: ['/a/'] },
      { url: `${base}/missing`, pathnames: ['/a/', '/b/'] },
      { url: `${base}/broken`, pathnames: ['/a/'] },
      { url: `${base}/moved`, pathnames: ['/a/'] },
      { url: `${base}/loop`, pathnames: ['/b/'] },
      { url: `${base}/slow`, pathnames: ['/b/'] },
      { url: `${base}/head-not-allowed`, pathnames: ['/b/'] },
      { url: refused, pathnames: ['/c/'] },
      { url: `${base}/ok`, pathnames: ['/c/'] },
      { url: 'mailto:editor@backrack.example', pathnames: ['/c/'] },
    ];
    const findings = await checkExternalLinks(links, fast({ userAgent: 'test-agent' }));
    expect(findings).toEqual([
      broken('/a/', `${base}/missing`, 'answers 404 Not Found'),
      broken('/b/', `${base}/missing`, 'answers 404 Not Found'),
      broken('/a/', `${base}/broken`, 'answers 500 Internal Server Error'),
      broken('/b/', `${base}/loop`, 'redirects too many times (a loop?)'),
      broken('/b/', `${base}/slow`, 'did not answer within 1.5 s'),
      broken('/c/', refused, 'could not be reached (ECONNREFUSED)'),
    ]);
    // /ok once itself and once as the target of /moved: the duplicate is not requested.
    expect(hits.get('/ok')).toBe(2);
    expect(hits.get('/moved')).toBe(1);
    expect(hits.get('/head-not-allowed')).toBe(2); // HEAD, then GET
    expect(hits.get('/missing')).toBe(1); // a 4xx is not retried
    expect(hits.get('/slow')).toBe(2); // a timeout is retried once by default
    expect(new Set(agents)).toEqual(new Set(['test-agent']));
  });

  it('retries a 5xx `retries` times', async () => {
    const findings = await checkExternalLinks(
      [{ url: `${base}/broken`, pathnames: ['/a/'] }],
      fast({ retries: 3, cacheFile: false }),
    );
    expect(findings).toHaveLength(1);
    expect(hits.get('/broken')).toBe(4);
  });

  it('caches results: fresh entries are not requested, expired ones are', async () => {
    const links = [
      { url: `${base}/ok`, pathnames: ['/a/'] },
      { url: `${base}/missing`, pathnames: ['/a/'] },
    ];
    const start = Date.UTC(2025, 0, 1);
    const run = async (at: number) => {
      hits.clear();
      const findings = await checkExternalLinks(links, fast({ now: () => at }));
      expect(findings).toEqual([broken('/a/', `${base}/missing`, 'answers 404 Not Found')]);
      return { ok: hits.get('/ok') ?? 0, missing: hits.get('/missing') ?? 0 };
    };
    expect(await run(start)).toEqual({ ok: 1, missing: 1 });
    const cache: unknown = JSON.parse(await readFile(`${dir}/.cache/external-links.json`, 'utf8'));
    expect(cache).toMatchObject({
      [`${base}/ok`]: { ok: true, status: 200, checkedAt: new Date(start).toISOString() },
      [`${base}/missing`]: { ok: false, status: 404, detail: 'answers 404 Not Found' },
    });
    expect(await run(start + 3_600_000)).toEqual({ ok: 0, missing: 0 });
    // A failure is kept one day, a success seven.
    expect(await run(start + 86_400_001)).toEqual({ ok: 0, missing: 1 });
    expect(await run(start + 8 * 86_400_000)).toEqual({ ok: 1, missing: 1 });
  });

  it('ignores a corrupt cache file and replaces it', async () => {
    const file = path.join(dir, 'links.json');
    await writeFile(file, '{ not json');
    const findings = await checkExternalLinks(
      [{ url: `${base}/ok`, pathnames: ['/a/'] }],
      fast({ cacheFile: 'links.json' }),
    );
    expect(findings).toEqual([]);
    expect(hits.get('/ok')).toBe(1);
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')))).toEqual([`${base}/ok`]);
  });

  it('keeps no more than `concurrency` requests in flight', async () => {
    maxInFlight = 0;
    const links = [1, 2, 3, 4, 5, 6].map((n) => ({
      url: `${base}/wait?n=${n}`,
      pathnames: ['/a/'],
    }));
    expect(await checkExternalLinks(links, fast({ concurrency: 2, cacheFile: false }))).toEqual([]);
    expect(hits.get('/wait')).toBe(6);
    expect(maxInFlight).toBe(2);
  });
});
