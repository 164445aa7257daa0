import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { toPosix } from '../core/files.ts';
import { parseMdx } from '../core/mdx.ts';
import type { SourceReader } from './trace.ts';

/** A route Astro built: the pattern of its URLs and its page file (`src/pages/…`). */
export interface BuiltRoute {
  pattern: RegExp;
  entrypoint: string;
}

/** Pages built from content files: a route pattern and its source, with `[slug]` in both. */
export interface ContentRoute {
  pattern: string;
  source: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page file (src/pages/…) of the route that built a pathname, if any. */
function routeFor(routes: readonly BuiltRoute[], pathname: string): string | null {
  const bare = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const route = routes.find(
    (candidate) => candidate.pattern.test(pathname) || candidate.pattern.test(bare),
  );
  return route?.entrypoint ?? null;
}

/** The project file a built page comes from: a content entry, else its route's page file. */
function sourceLocator(
  root: string,
  routes: readonly BuiltRoute[],
  content: readonly ContentRoute[],
) {
  const contentRoutes = content.map(({ pattern, source }) => ({
    regex: new RegExp(`^${pattern.split('[slug]').map(escapeRegExp).join('([^/]+)')}$`),
    source,
  }));
  return (pathname: string): string | null => {
    for (const route of contentRoutes) {
      const slug = route.regex.exec(pathname)?.[1];
      const file = slug ? route.source.replace('[slug]', slug) : null;
      if (file && existsSync(join(root, file))) return file;
    }
    return routeFor(routes, pathname);
  };
}

/**
 * The project's sources as the tracer reads them, each file read and parsed
 * at most once: which file built a page, its layout, and the components a
 * fault may come from.
 */
export function projectSources(
  root: string,
  routes: readonly BuiltRoute[],
  contentRoutes: readonly ContentRoute[],
  componentFiles: readonly string[],
  contentFiles: readonly string[] = [],
): SourceReader {
  const texts = new Map<string, string | null>();
  const trees = new Map<string, Root | null>();
  const read = (file: string): string | null => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(join(root, file), 'utf8'));
      } catch {
        texts.set(file, null);
      }
    }
    return texts.get(file) ?? null;
  };
  return {
    sourceFor: sourceLocator(root, routes, contentRoutes),
    componentFiles,
    contentFiles,
    read,
    layoutFor(pathname) {
      const entry = routeFor(routes, pathname);
      const text = entry ? read(entry) : null;
      // `import X from '../layouts/X.astro'` in a page, or `layout: ../layouts/X.astro` in MDX.
      const written = text
        ? /(?:from\s+|layout:\s*)['"]?([^'"\s]*\/layouts\/[^'"\s]+\.astro)/.exec(text)?.[1]
        : undefined;
      return entry && written ? toPosix(join(dirname(entry), written)) : null;
    },
    parseMdx(file) {
      if (!trees.has(file)) {
        const text = read(file);
        try {
          trees.set(file, text === null ? null : parseMdx(text));
        } catch {
          trees.set(file, null);
        }
      }
      return trees.get(file) ?? null;
    },
  };
}
