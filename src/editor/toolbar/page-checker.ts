import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder, toPosix } from '../../compliance/core/files.ts';
import type { Finding, Severity } from '../../compliance/core/finding.ts';
import { applySeverities } from '../../compliance/built/check.ts';
import type { ResolvedPageChecksOptions } from '../../compliance/built/options.ts';
import { parsePage } from '../../compliance/built/parse-page.ts';
import { pageRules } from '../../compliance/built/rules/index.ts';
import { checkPage } from '../../compliance/built/run-rules.ts';
import { projectSources, type BuiltRoute } from '../../compliance/built/sources.ts';
import { traceFinding } from '../../compliance/built/trace.ts';
import type { SiteFacts } from '../../compliance/built/types.ts';
import { inferCollection } from '../../compliance/source/content-files.ts';
import { parseDocument } from '../../compliance/source/parse-document.ts';
import { ContentChecker } from '../lsp/content-checker.ts';
import { sharedInputOf } from '../lsp/project-files.ts';
import type { CheckReport, CheckRequest, ShownFinding } from './messages.ts';
import { sourceTarget } from './source-target.ts';

/** What the dev server knows of the project. */
export interface DevSite {
  root: string;
  /** The site's public origin, so absolute links to it count as internal. */
  origin: string;
  /** The routes as Astro resolved them; they change while the server runs. */
  routes(): readonly BuiltRoute[];
}

/**
 * Addresses the dev server makes up as it serves a page (Vite's client and
 * modules, Astro's image endpoint, files under the project): a build
 * replaces them, so only files from public/ can be missing in dev.
 */
const SERVED_IN_DEV = /^(?:@|_image|_astro\/|src\/|node_modules\/|\.astro\/|content\/)/;
/** What integrations write only at the end of a build: the sitemaps and the search index. */
const WRITTEN_BY_THE_BUILD = /^(?:sitemap[^/]*\.xml$|pagefind\/)/;

const devFacts = (root: string, origin: string): SiteFacts => ({
  fileExists: (path) =>
    SERVED_IN_DEV.test(path) ||
    WRITTEN_BY_THE_BUILD.test(path) ||
    existsSync(join(root, 'public', path)),
  origin: new URL(origin).origin,
});

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

const byImportance = (a: ShownFinding, b: ShownFinding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  a.file.localeCompare(b.file) ||
  (a.line ?? 0) - (b.line ?? 0) ||
  (a.column ?? 0) - (b.column ?? 0) ||
  a.ruleId.localeCompare(b.ruleId);

const shown = (
  finding: Finding,
  phase: ShownFinding['phase'],
  target: ShownFinding['target'],
): ShownFinding => ({
  phase,
  ruleId: finding.ruleId,
  severity: finding.severity,
  message: finding.message,
  ...(finding.hint ? { hint: finding.hint } : {}),
  file: finding.file,
  line: finding.position?.line ?? null,
  column: finding.position?.column ?? null,
  target,
});

const isContentEntry = (file: string): boolean =>
  file.startsWith('content/') && (file.endsWith('.mdx') || file.endsWith('.md'));

/**
 * Both phases of the checks on the one page a dev toolbar shows: the source
 * rules on the content file that builds it, read from disk as saved, and the
 * page rules on the HTML the dev server rendered, each page finding traced
 * to its source as a build does. Kept alive for the whole dev session, so
 * the rules stay loaded; `changed` says when a file they depend on changed.
 */
export class DevPageChecker {
  private readonly content: ContentChecker;

  constructor(
    private readonly site: DevSite,
    private readonly options: ResolvedPageChecksOptions,
  ) {
    // Files are read from disk: the dev server renders what is saved, not what an editor holds.
    this.content = new ContentChecker(site.root, () => undefined);
  }

  /** Forgets what depends on a file that changed (the claims data, the people, the style config). */
  changed(file: string): void {
    const input = sharedInputOf(file);
    if (input) this.content.forget(input);
  }

  async check({ id, pathname, html }: CheckRequest): Promise<CheckReport> {
    const started = performance.now();
    const { root } = this.site;
    const [components, entries] = await Promise.all([
      filesUnder(join(root, 'src')),
      filesUnder(join(root, 'content')),
    ]);
    const projectFiles = (paths: string[], keep: (file: string) => boolean) =>
      paths.map((path) => toPosix(relative(root, path))).filter(keep);
    // Read afresh for every check: the files are what editors change while the server runs.
    const sources = projectSources(
      root,
      this.site.routes(),
      this.options.contentRoutes,
      projectFiles(components, (file) => file.endsWith('.astro') && !file.startsWith('src/pages/')),
      projectFiles(entries, (file) => file.endsWith('.mdx')),
    );
    const source = sources.sourceFor(pathname);
    const findings = [
      ...(source && isContentEntry(source) ? await this.sourceFindings(source) : []),
      ...(await this.pageFindings(pathname, html, sources)),
    ].sort(byImportance);
    return { id, pathname, source, findings, elapsedMs: Math.round(performance.now() - started) };
  }

  private async sourceFindings(file: string): Promise<ShownFinding[]> {
    const text = readFileSync(join(this.site.root, file), 'utf8');
    const collection = inferCollection(file);
    const document = parseDocument(file, text, collection);
    const findings = await this.content.checkContent(file, text, collection);
    return findings.map((finding) =>
      shown(finding, 'source', sourceTarget(document.tree, document.source, finding)),
    );
  }

  private async pageFindings(
    pathname: string,
    html: string,
    sources: ReturnType<typeof projectSources>,
  ): Promise<ShownFinding[]> {
    const claims = await this.content.claimsData();
    const { disclaimer, severities } = this.options;
    const page = parsePage(pathname, `(dev server) ${pathname}`, html);
    const found = checkPage(
      page,
      devFacts(this.site.root, this.site.origin),
      {
        disclaimerAttribute: disclaimer.attribute,
        disclaimerText: disclaimer.text,
        disclaimerExempt: new Set(disclaimer.exempt),
      },
      // Unusable claims data is reported by the source phase; the other page rules still run.
      pageRules(this.site.root, claims.ok ? claims.data : undefined),
    );
    return applySeverities(found, severities).flatMap((finding) => {
      const traced = traceFinding(finding, sources);
      return traced ? [shown(traced, 'page', finding.trace ?? null)] : [];
    });
  }
}
