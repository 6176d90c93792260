// Retention as a supervisor walks it: a supervisee whose supervision ended eight years ago on
// California's 7-year pack shows as due on This week and on their page; a legal hold takes the
// delete away; their archive is handed over; deleting for good says which backups still hold them,
// and the security log records it.
import { readdirSync } from 'node:fs';
import { addMonths, localToday } from '../../src-main/contract/dates';
import { dateText } from '../../src-renderer/src/app/format';
import { createVault, expect, openView, test } from './fixtures';

test('records past their keep-until date: hold, hand over, delete for good', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  const today = localToday();
  const ended = addMonths(today, -96);
  const keepUntil = addMonths(ended, 84);
  await createVault(page);
  await page.getByRole('button', { name: 'Add supervisee' }).click();
  await page.getByLabel('Full name').fill('Sample Former Associate');
  await page.getByLabel('Supervision start').fill(addMonths(ended, -24));
  await page.getByLabel('Supervision end').fill(ended);
  await page.getByLabel('Rule pack').selectOption('ca-bbs');
  await page.getByRole('button', { name: 'Save supervisee' }).click();
  const link = page.getByRole('link', { name: 'Sample Former Associate', exact: true });
  await expect(link).toBeVisible();

  // This week lists them as due.
  await openView(page, 'This week');
  const part = page.getByRole('region', { name: /^Records coming to the end of their keeping/ });
  await expect(part).toContainText(`Sample Former Associate: kept until ${dateText(keepUntil)}, now due`);

  await openView(page, 'Supervisees');
  await link.click();
  const card = page.getByRole('region', { name: 'Keeping these records' });
  await expect(card.getByTestId('keep-until')).toHaveText(`Kept until ${dateText(keepUntil)}.`);
  await expect(card).toContainText('kept for 7 years, as the rule pack asks');
  await expect(card.getByText(/have reached their keep-until date/)).toBeVisible();

  // A legal hold: the reason is required, then the delete is gone until the hold is lifted.
  await card.getByRole('button', { name: 'Place a legal hold…' }).click();
  await card.getByRole('button', { name: 'Place the hold' }).click();
  await expect(card.getByText('Say why, in a few words.')).toBeVisible();
  await card.getByLabel('Why the records must be kept').fill('Records requested by the board');
  await card.getByRole('button', { name: 'Place the hold' }).click();
  await expect(card.getByText(/^Legal hold since .*: Records requested by the board\./)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Delete for good…' })).toBeHidden();
  await card.getByRole('button', { name: 'Lift the legal hold' }).click();
  await expect(card.getByRole('button', { name: 'Delete for good…' })).toBeVisible();

  // The hand-over: their archive, with a passphrase of its own.
  const archive = page.getByRole('form', { name: 'Archive file' });
  await archive.getByLabel('A new passphrase, to give with the file').check();
  await archive.getByLabel('Archive passphrase', { exact: true }).fill('orchard-pewter-kite-31');
  await archive.getByLabel('Confirm archive passphrase').fill('orchard-pewter-kite-31');
  await archive.getByRole('button', { name: 'Export an archive…' }).click();
  await expect(archive.getByText(/It opens with the passphrase you chose/)).toBeVisible();
  expect(readdirSync(bridge.exportsDir).filter((n) => n.startsWith('alliance-archive-sample-former'))).toHaveLength(1);

  // Deleting for good: the name typed back, who and why; then the list says what still holds them.
  await card.getByRole('button', { name: 'Delete for good…' }).click();
  const form = card.getByRole('form', { name: 'Delete these records for good' });
  await form.getByLabel('Why').selectOption({ label: 'Their copy was handed over and mine is no longer needed' });
  await form.getByLabel('Type “Sample Former Associate” to confirm').fill('Sample Former Associate');
  await form.getByRole('button', { name: 'Delete for good' }).click();
  await expect(form.getByText('Type your name: the security log records who deleted the records.')).toBeVisible();
  await form.getByLabel('Your name').fill('Sample Supervisor');
  await form.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'deleted for good' })).toContainText(
    "Sample Former Associate's records were deleted for good and the space they used was overwritten. " +
      'No backups are set up, so no backup made by Alliance holds them.',
  );
  await expect(link).toBeHidden();

  await openView(page, 'Settings');
  const log = page.getByRole('table', { name: 'Security log' });
  await expect(log.getByRole('row').filter({ hasText: 'A supervisee’s records deleted for good' })).toContainText(
    'by: Sample Supervisor',
  );
  await expect(log).not.toContainText('Sample Former Associate');
});
