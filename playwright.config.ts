import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium';
import { ORIGIN, PORT } from './tests/e2e/servers';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: ORIGIN,
    locale: 'tr-TR',
    // Every page registers a service worker that downloads its whole language (scripts/build-service-workers.ts).
    // Blocked in every test but those of offline use (tests/e2e/offline.spec.ts allows them): each test's
    // fresh browser would otherwise download about 50 files in the background, on CI's two busy cores.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Started from node_modules/.bin (not npx), so that stopping it stops the server itself. The
  // timeout is a start-up limit, not a test limit: it starts in 1 to 3 s on a quiet machine, and a
  // busy 2-core CI machine may be ten times slower before it gives up.
  webServer: [
    // The published site's own host, with its headers: every test sees what readers get.
    {
      // Loopback only, no devtools port to clash with another run's, and nothing sent home: no
      // metrics, no update check (it sits in the banner), no fetch of Cloudflare's request metadata.
      // Its logs and settings stay in the ignored .wrangler/ folder, not in the user's home.
      command: `node_modules/.bin/wrangler pages dev dist --ip 127.0.0.1 --port ${PORT} --inspector-port 0 --compatibility-date 2026-11-01 --show-interactive-dev-session=false --log-level warn`,
      env: {
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_HIDE_BANNER: 'true',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        XDG_CONFIG_HOME: resolve('.wrangler/config'),
      },
      url: `${ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
