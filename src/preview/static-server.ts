/**
 * A static file server that sends the headers of the site's `_headers` file,
 * as the production host does: each response gets the headers of every rule
 * whose path matches the URL, and an unknown URL gets the 404 page with a 404
 * status. The build's own check has already passed the file; this only
 * applies it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../security/headers-file.ts';

export const HEADERS_FILE = '_headers';
const NOT_FOUND_PAGE = '404.html';

export class HeadersFileError extends Error {
  override name = 'HeadersFileError';
}

/** The rules of `<dir>/_headers`; an error naming the line when it does not parse. */
export function readHeaderRules(dir: string): HeaderRule[] {
  const file = join(dir, HEADERS_FILE);
  if (!existsSync(file)) {
    throw new HeadersFileError(`${file}: no headers file; run npm run build first`);
  }
  const { rules, problems } = parseHeadersFile(readFileSync(file, 'utf8'));
  const [first] = problems;
  if (first) {
    throw new HeadersFileError(`${file}:${first.line}:${first.column}  ${first.message}`);
  }
  return rules;
}

function applyHeaders(rules: readonly HeaderRule[], res: ServerResponse, pathname: string): void {
  for (const header of headersFor(rules, pathname).values())
    res.setHeader(header.name, header.value);
}

const pathnameOf = (req: IncomingMessage): string => {
  try {
    return decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return '/';
  }
};

export function createStaticServer(dir: string, rules: readonly HeaderRule[]): Server {
  const notFoundPage = join(dir, NOT_FOUND_PAGE);
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    applyHeaders(rules, res, pathnameOf(req));
    res.statusCode = 404;
    if (existsSync(notFoundPage)) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(notFoundPage));
    } else {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    }
  };
  const serve = sirv(dir, {
    etag: true,
    extensions: ['html'],
    // Hosts never publish their own configuration file.
    ignores: [`/${HEADERS_FILE}`],
    setHeaders: (res, pathname) => applyHeaders(rules, res, pathname),
  });
  return createServer((req, res) => {
    const pathname = pathnameOf(req);
    if (pathname === `/${HEADERS_FILE}`) {
      notFound(req, res);
      return;
    }
    // Pages are folders (`/about/`); hosts send `/about` there rather than serve it twice.
    if (!pathname.endsWith('/') && existsSync(join(dir, pathname, 'index.html'))) {
      applyHeaders(rules, res, pathname);
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    serve(req, res, () => notFound(req, res));
  });
}
