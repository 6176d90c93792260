import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVault, expect, PASSPHRASE, test } from './fixtures';

test('create a vault, add a supervisee, lock, refuse a wrong passphrase, unlock, still there', async ({
  page,
  bridge,
}) => {
  await createVault(page);
  await expect(page.getByText('No supervisees yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add supervisee' }).click();
  await page.getByLabel('Full name').fill('Kestrel Nettlefold');
  await page.getByLabel('Discipline').selectOption('mft_associate');
  await page.getByLabel('Licence track').fill('AMFT');
  await page.getByLabel('Site').fill('Harborview Youth Services');
  await page.getByLabel('Supervision start').fill('2026-02-02');
  await page.getByRole('button', { name: 'Save supervisee' }).click();
  await expect(
    page.getByRole('table', { name: 'Supervisees' }).getByRole('link', { name: 'Kestrel Nettlefold' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByText('Kestrel Nettlefold')).toHaveCount(0);

  const before = Object.fromEntries(
    readdirSync(bridge.vaultDir).map((f) => [f, readFileSync(join(bridge.vaultDir, f)).toString('base64')]),
  );
  await page.getByLabel('Passphrase').fill('definitely-not-it');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^That passphrase does not unlock this vault\./);
  const after = Object.fromEntries(
    readdirSync(bridge.vaultDir).map((f) => [f, readFileSync(join(bridge.vaultDir, f)).toString('base64')]),
  );
  expect(after).toEqual(before);

  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('link', { name: 'Kestrel Nettlefold' })).toBeVisible();
});

test('field errors appear next to the field and nothing typed is lost', async ({ page, bridge }) => {
  await createVault(page);
  await page.getByRole('button', { name: 'Add supervisee' }).click();
  await page.getByLabel('Full name').fill('Linden Saltmarsh');
  await page.getByLabel('Program or agency').fill('Lakeside Family Therapy Institute');
  await page.getByLabel('Supervision start').fill('2026-05-01');
  await page.getByLabel('Supervision end').fill('2026-01-01');
  await page.getByRole('button', { name: 'Save supervisee' }).click();
  const end = page.getByLabel('Supervision end');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The end date must be on or after the start date.')).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue('Linden Saltmarsh');
  await expect(page.getByLabel('Program or agency')).toHaveValue('Lakeside Family Therapy Institute');
  await end.fill('2026-12-01');
  await page.getByRole('button', { name: 'Save supervisee' }).click();
  await expect(page.getByRole('link', { name: 'Linden Saltmarsh' })).toBeVisible();
  expect(bridge.core.vault.status().state).toBe('unlocked');
});

test('search, filter, edit, archive, restore and a confirmed permanent delete', async ({ page }) => {
  await createVault(page, { sample: true });
  const table = page.getByRole('table', { name: 'Supervisees' });
  await expect(table.getByRole('row')).toHaveCount(6);
  const firstName = (await table.getByRole('row').nth(1).getByRole('link').textContent())!;

  await page.getByLabel('Search supervisees').fill(firstName.split(' ')[1]!);
  await expect(table.getByRole('link', { name: firstName })).toBeVisible();
  await page.getByLabel('Search supervisees').fill('no such person zzz');
  await expect(page.getByText('No supervisees match these filters.')).toBeVisible();
  await page.getByLabel('Search supervisees').fill('');
  await page.getByLabel('Status').selectOption('completed');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Status').selectOption('any');

  await table.getByRole('link', { name: firstName }).click();
  await expect(page.getByRole('heading', { name: firstName, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Site').fill('Summit Behavioral Health');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Summit Behavioral Health')).toBeVisible();

  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByText(/^Archived on/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^Archived on/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Archive', exact: true }).click();

  await page.getByRole('button', { name: 'Delete permanently…' }).click();
  const confirm = page.getByLabel(`Type “${firstName}” to confirm`);
  const del = page.getByRole('button', { name: 'Delete for good' });
  await confirm.fill(firstName.toLowerCase());
  await expect(del).toBeDisabled();
  await confirm.fill(firstName);
  await del.click();
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await page.getByLabel('Show').selectOption('include');
  await expect(table.getByRole('link', { name: firstName })).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(5);
});

test('recover with the recovery key and set a new passphrase', async ({ page }) => {
  const key = await createVault(page);
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await page.getByRole('button', { name: /Use the recovery key/ }).click();
  await page.getByLabel('Recovery key', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await page.getByLabel('New passphrase', { exact: true }).fill('a-fresh-start-passphrase');
  await page.getByLabel('Confirm new passphrase').fill('a-fresh-start-passphrase');
  await page.getByRole('button', { name: 'Unlock and set passphrase' }).click();
  await expect(page.getByText('That recovery key does not unlock this vault.')).toBeVisible();
  await page.getByLabel('Recovery key', { exact: true }).fill(key.toLowerCase());
  await page.getByRole('button', { name: 'Unlock and set passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await page.getByLabel('Passphrase').fill('a-fresh-start-passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
});

test('settings: theme, auto-lock after idle time, change passphrase', async ({ page }) => {
  await page.clock.install();
  await createVault(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByLabel('Current passphrase').fill('wrong-current-passphrase');
  await page.getByLabel('New passphrase', { exact: true }).fill('changed-passphrase-2026');
  await page.getByLabel('Confirm new passphrase').fill('changed-passphrase-2026');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('The current passphrase is not right.')).toBeVisible();
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible();

  await page.getByLabel('Lock after this many minutes without activity').fill('2');
  await page.getByRole('button', { name: 'Save auto-lock' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.clock.runFor(2 * 60_000 + 10_000);
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByText('Alliance locked itself after a period without activity.')).toBeVisible();
  await page.getByLabel('Passphrase').fill('changed-passphrase-2026');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Unlocking returns to the view the address names: where the user was.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('a lock from the main process (suspend) clears the view and shows why', async ({ page, bridge }) => {
  await createVault(page, { sample: true });
  await expect(page.getByRole('table', { name: 'Supervisees' })).toBeVisible();
  await bridge.lockFromMain('suspend');
  await expect(page.getByText('Alliance locked itself when the computer went to sleep.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('every navigation item is reachable by keyboard', async ({ page }) => {
  await createVault(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of [
    'Supervisees',
    'Timeline',
    'Sessions & hours',
    'Case notes',
    'Competencies',
    'Reflect',
    'Settings',
  ]) {
    await nav.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
});

test('the theme follows the system until the user picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('every record has an address: links open it, Back returns, and a reload comes back to it', async ({ page }) => {
  await createVault(page);
  await page.getByRole('button', { name: 'Add supervisee' }).click();
  await page.getByLabel('Full name').fill('Oriel Thistlewood');
  await page.getByLabel('Supervision start').fill('2025-09-01');
  await page.getByRole('button', { name: 'Save supervisee' }).click();
  await page.getByRole('link', { name: 'Oriel Thistlewood' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oriel Thistlewood' })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#\/supervisees\/[0-9a-f-]{36}$/);
  const address = page.url();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Supervisees' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Oriel Thistlewood' })).toBeVisible();

  // Opening the address afresh (the vault still unlocked in main) lands on the same record.
  await page.goto('about:blank');
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: 'Oriel Thistlewood' })).toBeVisible();
});
