import type { BuiltPage, PageCheckOptions, PageFinding, PageRule, SiteIndex } from './types.ts';

/**
 * Runs every rule on every page. Findings come out sorted by pathname (then
 * in rule order, then in page order), so reports and tests are stable
 * whatever order the files were read in.
 */
export function checkPages(
  pages: readonly BuiltPage[],
  site: SiteIndex,
  options: PageCheckOptions,
  rules: readonly PageRule[],
): PageFinding[] {
  const sorted = [...pages].sort((a, b) =>
    a.pathname < b.pathname ? -1 : a.pathname > b.pathname ? 1 : 0,
  );
  return sorted.flatMap((page) =>
    rules.flatMap((rule) => {
      try {
        return rule.check(page, site, options);
      } catch (error) {
        // Name the rule and page: a crash deep in a rule otherwise says neither.
        throw new Error(
          `page rule ${rule.ids.join(', ')} failed on ${page.pathname} (${page.file}): ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    }),
  );
}
