import { test as base, expect } from '@playwright/test';

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Watch {
  /** Requests the page tried to send anywhere but this machine. */
  externalRequests: string[];
  /** Console errors and uncaught exceptions. */
  pageErrors: string[];
  /** Accept console errors matching this pattern in this test only (e.g. the 404 page's own status). */
  allowConsoleError(pattern: RegExp): void;
}

/**
 * Every test runs with this watch: a request that leaves localhost is blocked
 * and recorded, and console errors are collected; both fail the test.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const watch: Watch = {
        externalRequests: [],
        pageErrors: [],
        allowConsoleError: (pattern) => allowed.push(pattern),
      };
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
      const unexpected = watch.pageErrors.filter(
        (text) => !allowed.some((pattern) => pattern.test(text)),
      );
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
