import { test as base, expect } from '@playwright/test';

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Watch {
  /** Requests the page tried to send anywhere but this machine. */
  externalRequests: string[];
  /** Console errors and uncaught exceptions. */
  pageErrors: string[];
  /** What the Content-Security-Policy blocked, as `directive: blocked URL or "inline"`. */
  cspViolations: string[];
  /** Accept console errors matching this pattern in this test only (e.g. the 404 page's own status). */
  allowConsoleError(pattern: RegExp): void;
  /** Accept CSP violations in this test only: for tests that prove the policy blocks something. */
  expectCspViolations(): void;
}

interface CspViolation {
  directive: string;
  blocked: string;
}

/**
 * Every test runs with this watch: a request that leaves localhost is blocked
 * and recorded, console errors are collected, and so is anything the site's
 * Content-Security-Policy (sent by the preview server) blocks; each fails the test.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      let violationsExpected = false;
      const watch: Watch = {
        externalRequests: [],
        pageErrors: [],
        cspViolations: [],
        allowConsoleError: (pattern) => allowed.push(pattern),
        expectCspViolations: () => {
          violationsExpected = true;
        },
      };
      // A binding reaches the test from any page and is not itself subject to the policy.
      await page.exposeBinding('reportCspViolation', (_source, violation: CspViolation) => {
        watch.cspViolations.push(`${violation.directive}: ${violation.blocked}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (v: CspViolation) => void>)[
            'reportCspViolation'
          ];
          report?.({ directive: event.effectiveDirective, blocked: event.blockedURI || 'inline' });
        });
      });
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || localHosts.has(url.hostname)) {
          await route.continue();
        } else {
          watch.externalRequests.push(url.href);
          await route.abort('blockedbyclient');
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error') watch.pageErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.pageErrors.push(error.message));
      await use(watch);
      expect(watch.externalRequests, 'requests that left localhost').toEqual([]);
      if (!violationsExpected) {
        expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      }
      const unexpected = watch.pageErrors.filter(
        (text) => !allowed.some((pattern) => pattern.test(text)),
      );
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
