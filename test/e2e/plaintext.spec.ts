// Strings typed into the app must never reach the disk unencrypted: not the vault file, its WAL or
// SHM, nor the temp folder. The Playwright browser's own profile (playwright_* in the temp folder)
// is the test's browser, not part of Alliance, and is left out of the scan, as are the project's
// own test artifacts.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { filesContaining, filesUnder } from '../helpers/plaintext-scan';
import { createVault, expect, test } from './fixtures';

test('canaries typed through the UI appear nowhere on disk in plaintext, nor in logs', async ({ page, bridge }) => {
  const started = Date.now() - 1000;
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  const tag = randomBytes(6).toString('hex');
  const canaries = ['NAME', 'SITE', 'PROG', 'REG'].map((k) => `Canary${k}${tag}`);
  await createVault(page);
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Add supervisee' }).click();
    await page.getByLabel('Full name').fill(`${canaries[0]} ${i}`);
    await page.getByLabel('Site').fill(canaries[1]!);
    await page.getByLabel('Program or agency').fill(canaries[2]!);
    await page.getByLabel('Registration number').fill(canaries[3]!);
    await page.getByLabel('Supervision start').fill('2026-03-02');
    await page.getByRole('button', { name: 'Save supervisee' }).click();
    await expect(page.getByRole('link', { name: `${canaries[0]} ${i}` })).toBeVisible();
  }
  // A backup and an exported security log land in the test's temp space and are scanned too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/encrypted and verified/)).toBeVisible();
  await page.getByRole('button', { name: 'Export log…' }).click();
  await expect(page.getByText(/^Saved to /)).toBeVisible();
  const scan = () => {
    const all = [
      ...filesUnder(bridge.vaultDir, 0),
      ...filesUnder(tmpdir(), started).filter((f) => !f.startsWith(bridge.vaultDir)),
    ];
    return {
      all,
      hits: filesContaining(all, canaries),
    };
  };
  const open = scan();
  expect(open.all.some((f) => f.endsWith('alliance.db-wal'))).toBe(true);
  expect(open.all.some((f) => f.startsWith(bridge.backupsDir) && f.endsWith('.alliance-backup'))).toBe(true);
  expect(open.all.some((f) => f.startsWith(bridge.exportsDir))).toBe(true);
  expect(open.hits).toEqual([]);
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const locked = scan();
  expect(locked.all.some((f) => f.endsWith('alliance.db'))).toBe(true);
  expect(locked.hits).toEqual([]);
  expect(consoleLines.filter((l) => canaries.some((c) => l.includes(c)))).toEqual([]);
});
