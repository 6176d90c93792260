// Renderer tests run in Debian's Chromium against the built renderer served over http; where that
// browser is missing, Playwright's own Chromium is used instead.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const PORT = 4173;
const CI = Boolean(process.env.CI);

export default defineConfig({
  outputDir: resolve(__dirname, '..', 'test-results'),
  fullyParallel: false,
  workers: CI ? 1 : 2,
  retries: 0,
  reporter: CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: existsSync(DEBIAN_CHROMIUM)
      ? {
          executablePath: DEBIAN_CHROMIUM,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        }
      : {},
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: resolve(__dirname, '..'),
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !CI,
    timeout: 30_000,
  },
  projects: [
    { name: 'e2e', testDir: './e2e', testIgnore: /screenshots\.spec\.ts/ },
    { name: 'screenshots', testDir: './e2e', testMatch: /screenshots\.spec\.ts/ },
    { name: 'electron', testDir: './electron' },
  ],
});
