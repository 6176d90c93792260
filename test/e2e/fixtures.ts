// Import `test` and `expect` from here in every spec: each test gets a fresh encrypted vault behind
// window.api, and fails if the page tries to reach anything outside the app itself.
import { test as base, expect } from '@playwright/test';
import { installBridge, type Bridge } from './bridge';

export const PASSPHRASE = 'juniper-lantern-orbit-72';

export const test = base.extend<{ bridge: Bridge }>({
  // auto: every test gets the bridge, even one that never names it.
  bridge: [
    async ({ page, baseURL }, use) => {
      const outside: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(`${baseURL}/`) && !url.startsWith('data:')) outside.push(url);
      });
      const bridge = await installBridge(page, baseURL!);
      await use(bridge);
      bridge.dispose();
      expect(outside, 'the renderer made network requests outside the app').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// Walks the create-vault screens; `sample` chooses "Explore with sample data".
export async function createVault(
  page: import('@playwright/test').Page,
  opts: { sample?: boolean; role?: 'supervisor' | 'supervisee' } = {},
) {
  await page.goto('/');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  if (opts.role === 'supervisee') await page.getByLabel(/^A supervisee’s:/).check();
  await page.getByRole('button', { name: opts.sample ? 'Explore with sample data' : 'Create vault' }).click();
  const key = await page.getByTestId('recovery-key').textContent();
  await page.getByLabel('I have stored my recovery key somewhere safe.').check();
  await page.getByRole('button', { name: 'Continue to Alliance' }).click();
  // The app opens on the supervisor's week; the tests start from the supervisees list (in a
  // supervisee's own vault, their supervision).
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
  const list = opts.role === 'supervisee' ? 'Your supervision' : 'Supervisees';
  await openView(page, list);
  await expect(page.getByRole('heading', { name: list, level: 1 })).toBeVisible();
  return key!;
}

// Adds a supervisee through the form (supervision from 2025-09-01), from the supervisees list.
// In a supervisee's own vault the same form adds their own record.
export async function addSupervisee(page: import('@playwright/test').Page, name: string) {
  await page.getByRole('button', { name: /^(Add supervisee|Add your record)$/ }).click();
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Supervision start').fill('2025-09-01');
  await page.getByRole('button', { name: /^(Save supervisee|Save your record)$/ }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

// Opens a view from the sidebar.
export const openView = (page: import('@playwright/test').Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
