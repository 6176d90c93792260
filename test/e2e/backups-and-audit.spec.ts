import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listBackups } from '../../src-main/core/backups/backup';
import { createVault, expect, PASSPHRASE, test } from './fixtures';

test('back up now, see it listed, and read the security log', async ({ page, bridge }) => {
  await createVault(page, { sample: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeDisabled();
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByText(bridge.backupsDir)).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backed up \(.*\), encrypted and verified\./)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row')).toHaveCount(2);
  expect(listBackups(bridge.backupsDir)).toHaveLength(1);

  await page.getByLabel('Backups to keep').fill('0');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByText('Keep at least one backup.')).toBeVisible();

  // The log on the page picks up the backup it just recorded.
  await expect(
    page.getByRole('table', { name: 'Security log' }).getByRole('cell', { name: 'Backed up' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Verify log' }).click();
  await expect(
    page.getByText(/^Intact: all \d+ events chain correctly\. Newest event \d+, hash [0-9a-f]{16}…$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Export log…' }).click();
  await expect(page.getByText(/^Saved to .*alliance-audit-.*\.json\. It is not encrypted/)).toBeVisible();
  const exported = JSON.parse(readFileSync(join(bridge.exportsDir, readdirSync(bridge.exportsDir)[0]!), 'utf8'));
  expect(exported.events.map((e: { kind: string }) => e.kind)).toEqual(['vault_created', 'backed_up']);
  const log = page.getByRole('table', { name: 'Security log' });
  await expect(log.getByRole('cell', { name: 'Exported', exact: true })).toHaveCount(1);

  // An export made on another screen is in the log the next time it is shown, with no reload:
  // main says the export wrote to the security log, and the cached log is read again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await page.getByRole('button', { name: 'Export sessions CSV…' }).click();
  await expect(page.getByText(/^Saved to .*\.csv/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(log.getByRole('cell', { name: 'Exported', exact: true })).toHaveCount(2);
});

test('restore a backup over the open vault only after typing REPLACE', async ({ page, bridge }) => {
  await createVault(page, { sample: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/encrypted and verified/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervisees' }).click();
  await page.getByRole('button', { name: 'Add supervisee' }).click();
  await page.getByLabel('Full name').fill('Added After Backup');
  await page.getByRole('button', { name: 'Save supervisee' }).click();
  await expect(page.getByRole('link', { name: 'Added After Backup' })).toBeVisible();

  bridge.nextFileToOpen = listBackups(bridge.backupsDir)[0]!.file;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByText(/replaces the vault you have open/)).toBeVisible();
  await page.getByLabel('Passphrase of that backup').fill(PASSPHRASE);
  const replace = page.getByRole('button', { name: 'Replace the open vault' });
  await page.getByLabel('Type REPLACE to confirm').fill('replace');
  await expect(replace).toBeDisabled();
  await page.getByLabel('Type REPLACE to confirm').fill('REPLACE');
  await replace.click();
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Supervisees' }).getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'Added After Backup' })).toHaveCount(0);
});

test('a vault that cannot be opened offers a backup or a fresh start, and deletes nothing', async ({
  page,
  bridge,
}) => {
  await createVault(page, { sample: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/encrypted and verified/)).toBeVisible();
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();

  // The database is overwritten with zeros behind the app's back (a disk fault, a bad sync).
  const db = join(bridge.vaultDir, 'alliance.db');
  writeFileSync(db, Buffer.alloc(statSync(db).size));
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(/damaged.*Your passphrase was right/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ways out' })).toBeVisible();

  bridge.nextFileToOpen = listBackups(bridge.backupsDir)[0]!.file;
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(page.getByText(/^Backup made on /)).toBeVisible();
  await page.getByLabel('Passphrase of that backup').fill('not-the-right-one-at-all');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByLabel('Passphrase of that backup')).toHaveAccessibleDescription(
    /That passphrase does not open this backup/,
  );
  await page.getByLabel('Passphrase of that backup').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  // Back where the supervisor was, with the backup's records.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervisees' }).click();
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Supervisees' }).getByRole('row')).toHaveCount(6);
  // The damaged folder is kept beside the restored vault.
  const kept = readdirSync(dirname(bridge.vaultDir)).filter((n) =>
    n.startsWith(`${basename(bridge.vaultDir)}.before-restore-`),
  );
  expect(kept).toHaveLength(1);
});

test('a damaged vault set aside whole, typed SET ASIDE, then a new vault made in its place', async ({
  page,
  bridge,
}) => {
  await createVault(page);
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const db = join(bridge.vaultDir, 'alliance.db');
  const damaged = Buffer.alloc(statSync(db).size);
  writeFileSync(db, damaged);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Ways out' })).toBeVisible();

  await page.getByRole('button', { name: 'Set these files aside and start a new vault…' }).click();
  const confirm = page.getByLabel('Type SET ASIDE to confirm');
  await confirm.fill('set aside');
  await expect(page.getByRole('button', { name: 'Set aside and start again' })).toBeDisabled();
  await confirm.fill('SET ASIDE');
  await page.getByRole('button', { name: 'Set aside and start again' }).click();

  // The create screen, and the damaged folder kept whole beside where the vault was.
  await expect(page.getByLabel('Confirm passphrase')).toBeVisible();
  const kept = readdirSync(dirname(bridge.vaultDir)).filter((n) =>
    n.startsWith(`${basename(bridge.vaultDir)}.set-aside-`),
  );
  expect(kept).toHaveLength(1);
  const aside = join(dirname(bridge.vaultDir), kept[0]!);
  expect(readdirSync(aside).sort()).toEqual(['alliance.db', 'vault-keys.json']);
  expect(readFileSync(join(aside, 'alliance.db')).equals(damaged)).toBe(true);

  // A new vault in its place opens as usual, empty.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByLabel('I have stored my recovery key somewhere safe.').check();
  await page.getByRole('button', { name: 'Continue to Alliance' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(bridge.core.vault.status().state).toBe('unlocked');
});
