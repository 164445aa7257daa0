import type { BuiltPage, PageCheckOptions, PageFinding, PageRule, SiteFacts } from './types.ts';

/** Runs every rule on one page, in rule order; a rule that throws is named with the page. */
export function checkPage(
  page: BuiltPage,
  site: SiteFacts,
  options: PageCheckOptions,
  rules: readonly PageRule[],
): PageFinding[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(page, site, options);
    } catch (error) {
      // Name the rule and page: a crash deep in a rule otherwise says neither.
      throw new Error(
        `page rule ${rule.ids.join(', ')} failed on ${page.pathname} (${page.file}): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  });
}

/**
 * Runs every rule on every page. Findings come out sorted by pathname (then
 * in rule order, then in page order), so reports and tests are stable
 * whatever order the files were read in.
 */
export function checkPages(
  pages: readonly BuiltPage[],
  site: SiteFacts,
  options: PageCheckOptions,
  rules: readonly PageRule[],
): PageFinding[] {
  return [...pages].sort(byPathname).flatMap((page) => checkPage(page, site, options, rules));
}

export const byPathname = (a: { pathname: string }, b: { pathname: string }): number =>
  a.pathname < b.pathname ? -1 : a.pathname > b.pathname ? 1 : 0;
