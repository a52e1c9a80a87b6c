import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Browser tests: the production build served by `vite preview`, driven in Debian's Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4319);
/** The live workshop's tests: `npm run serve`'s server (build + live endpoint on one port), data in a fresh temp folder. */
export const LIVE_PORT = PORT + 1;
const LIVE_DATA = mkdtempSync(join(tmpdir(), 'cellule-e2e-live-'));
/** `npm start`'s dev server (Vite, not the build), for the test that the README's first command gives a working game. */
export const DEV_PORT = PORT + 2;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1600, height: 900 },
    locale: 'en-GB',
    // Animations off, as the CSS honours it: a fade-in caught mid-way made axe's contrast check flaky.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx server/serve.ts`,
      env: { PORT: String(LIVE_PORT), HOST: '127.0.0.1', CELLULE_DATA: LIVE_DATA, CELLULE_STATIC: 'dist' },
      url: `http://127.0.0.1:${LIVE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite --port ${DEV_PORT} --strictPort`,
      env: { LIVE_PORT: String(LIVE_PORT) },
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
