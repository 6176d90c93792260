// Renderer tests run in Chromium against the built renderer served over http. Which Chromium was
// chosen (or installed) by build/scripts/ensure-browser.mjs, which `npm run test:e2e` runs first.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const BROWSER_FILE = resolve(__dirname, '..', 'node_modules', '.cache', 'alliance-browser.json');
const browser: { path: string; source: string } | null = existsSync(BROWSER_FILE)
  ? JSON.parse(readFileSync(BROWSER_FILE, 'utf8'))
  : null;
const PORT = 4174;
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
    // Dates on screen follow the locale (src-renderer/src/app/format.ts); tests pin one to read them.
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions:
      browser && existsSync(browser.path)
        ? {
            executablePath: browser.path,
            args: [
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
            ],
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
    // Only `npm run bench` runs this one (it needs the career-scale vault the bench prepares).
    // Its own output folder: Playwright empties a project's folder when it starts, and the unit
    // suite's bench test runs this while an e2e run may be writing its traces (the flake hunt found it).
    {
      name: 'renderer-bench',
      testDir: './bench',
      testMatch: /renderer\.spec\.ts/,
      outputDir: resolve(__dirname, '..', 'test-results', 'renderer-bench'),
      // Tracing snapshots the whole DOM in the page around every action: the timings would be the
      // tracer's as much as the app's.
      use: { trace: 'off' },
    },
  ],
});
