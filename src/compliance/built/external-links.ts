import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import pLimit from 'p-limit';
import type { PageFinding } from './types.ts';

/** Options for {@link checkExternalLinks}; every one has a default. */
export interface ExternalLinkOptions {
  /** Requests in flight at once (default 4), so no site is flooded. */
  concurrency?: number;
  /** How long one request may take, in ms (default 10 000). */
  timeoutMs?: number;
  /** Extra attempts after a timeout, a network error or a 5xx (default 1). */
  retries?: number;
  /** Wait before the first retry in ms, doubled for each further one (default 500). */
  retryDelayMs?: number;
  /** Folder the cache file is resolved against (default the working directory). */
  root?: string;
  /** Cache file relative to `root` (default `.cache/external-links.json`); `false` for none. */
  cacheFile?: string | false;
  /** How long a result stays fresh, in ms: `ok` default 7 days, `failed` default 1 day. */
  ttlMs?: { ok?: number; failed?: number };
  /** Clock in ms since the epoch (default `Date.now`), injectable for tests. */
  now?: () => number;
  /** Injectable for tests (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  userAgent?: string;
}

/** One cached result; `detail` is the message after the URL; `status` is 0 without an answer. */
type CacheEntry = { ok: boolean; status: number; detail: string; checkedAt: string };
type Cache = Record<string, CacheEntry>;
type Outcome = Omit<CacheEntry, 'checkedAt'> & { retryable: boolean };

const DAY = 86_400_000;
const HINT =
  'Check the address in a browser; if the page moved, link to its new address; if it is gone, find another source.';
// Some servers refuse HEAD (or answer it with 403) yet serve GET fine.
const HEAD_REFUSED = new Set([403, 405, 501]);

/**
 * Rule `links/external`: requests every http(s) URL once (HEAD, falling back
 * to GET) and reports one error per broken URL per page that links it.
 * Results are cached on disk so repeated runs do not hammer other sites.
 */
export async function checkExternalLinks(
  links: readonly { url: string; pathnames: readonly string[] }[],
  options: ExternalLinkOptions = {},
): Promise<PageFinding[]> {
  const now = options.now ?? Date.now;
  const ttl = { ok: options.ttlMs?.ok ?? 7 * DAY, failed: options.ttlMs?.failed ?? DAY };
  const isFresh = (entry: CacheEntry | undefined): entry is CacheEntry =>
    entry !== undefined && now() - Date.parse(entry.checkedAt) < (entry.ok ? ttl.ok : ttl.failed);
  const { root = process.cwd(), cacheFile: file = '.cache/external-links.json' } = options;
  const cacheFile = file === false ? null : path.resolve(root, file);
  const cache = cacheFile ? await readCache(cacheFile) : {};

  const pagesByUrl = new Map<string, Set<string>>();
  for (const { url, pathnames } of links) {
    if (!/^https?:\/\//i.test(url)) continue; // mailto:, tel: and the like cannot be requested
    pagesByUrl.set(url, new Set([...(pagesByUrl.get(url) ?? []), ...pathnames]));
  }

  const limit = pLimit(options.concurrency ?? 4);
  const stale = [...pagesByUrl.keys()].filter((url) => !isFresh(cache[url]));
  await Promise.all(
    stale.map((url) =>
      limit(async () => {
        const { ok, status, detail } = await checkWithRetries(url, options);
        cache[url] = { ok, status, detail, checkedAt: new Date(now()).toISOString() };
      }),
    ),
  );
  if (cacheFile) {
    // Drop expired entries so the file does not grow with links long removed.
    const fresh = Object.entries(cache).filter(([, entry]) => isFresh(entry));
    await writeCache(cacheFile, Object.fromEntries(fresh));
  }

  return [...pagesByUrl].flatMap(([url, pathnames]) => {
    const entry = cache[url];
    if (!entry || entry.ok) return [];
    return [...pathnames].map((pathname): PageFinding => ({
      ruleId: 'links/external',
      severity: 'error',
      pathname,
      message: `${url} ${entry.detail}`,
      hint: HINT,
      trace: { kind: 'link', needle: url },
    }));
  });
}

async function checkWithRetries(url: string, options: ExternalLinkOptions): Promise<Outcome> {
  const retries = options.retries ?? 1;
  for (let attempt = 0; ; attempt++) {
    const outcome = await checkOnce(url, options);
    if (outcome.ok || !outcome.retryable || attempt >= retries) return outcome;
    const delay = (options.retryDelayMs ?? 500) * 2 ** attempt;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

async function checkOnce(url: string, options: ExternalLinkOptions): Promise<Outcome> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const send = async (method: 'HEAD' | 'GET'): Promise<Response> => {
    const response = await fetchFn(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': options.userAgent ?? 'backrack-link-check/1.0', accept: '*/*' },
    });
    // Only the status matters; an unread body would hold the connection open.
    await response.body?.cancel().catch(() => undefined);
    return response;
  };
  try {
    let response = await send('HEAD');
    if (HEAD_REFUSED.has(response.status)) response = await send('GET');
    const { status } = response;
    const text = response.statusText || STATUS_CODES[status] || '';
    const detail = `answers ${status} ${text}`.trim();
    // A 3xx here is a redirect fetch could not follow (no Location header, say).
    return { ok: response.ok, status, detail, retryable: status >= 500 };
  } catch (error) {
    return describeError(error, timeoutMs);
  }
}

function describeError(error: unknown, timeoutMs: number): Outcome {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return {
      ok: false,
      status: 0,
      detail: `did not answer within ${timeoutMs / 1000} s`,
      retryable: true,
    };
  }
  // fetch wraps the real reason (ECONNREFUSED, ENOTFOUND, redirect loop) in `cause`.
  const cause = error instanceof Error ? error.cause : undefined;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined;
  const reason =
    typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(error);
  if (/redirect/i.test(reason)) {
    return { ok: false, status: 0, detail: 'redirects too many times (a loop?)', retryable: false };
  }
  return { ok: false, status: 0, detail: `could not be reached (${reason})`, retryable: true };
}

async function readCache(file: string): Promise<Cache> {
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof data !== 'object' || data === null) return {};
    return Object.fromEntries(Object.entries(data).filter(([, entry]) => isEntry(entry)));
  } catch {
    return {}; // missing or corrupt: the cache is an optimisation, never a reason to fail
  }
}

function isEntry(value: unknown): value is CacheEntry {
  const e = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return (
    typeof e.ok === 'boolean' &&
    typeof e.status === 'number' &&
    typeof e.detail === 'string' &&
    typeof e.checkedAt === 'string'
  );
}

/** Writes a temporary file and renames it, so a crash never leaves half a cache. */
async function writeCache(file: string, cache: Cache): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, `${JSON.stringify(cache, null, 2)}\n`)
    .then(() => rename(temp, file))
    .finally(() => rm(temp, { force: true }));
}
