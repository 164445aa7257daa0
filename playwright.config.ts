import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/scripts/chromium-path.mjs';

const port = Number(process.env['E2E_PORT'] ?? 4322);
const browser = findChromium();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  // The HTML report (playwright-report/) is what CI keeps when a test fails.
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(browser.path ? { executablePath: browser.path } : {}),
          headless: true,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Serves the built dist/ exactly as a visitor gets it: run `npm run build` first.
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
