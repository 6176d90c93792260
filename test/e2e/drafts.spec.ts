// Nothing typed into a case note is lost: a half-written note survives leaving the view and an
// auto-lock, is offered back when the form opens again, and goes once the note is saved.
import { PASSPHRASE, addSupervisee, createVault, expect, openView, test } from './fixtures';

test('a half-written note survives navigation and a lock, is restored, saved, and its draft goes', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Corvin Ashgrove');
  const nav = (name: string) => openView(page, name);
  await nav('Case notes');
  await page.getByRole('button', { name: 'New note' }).click();
  const form = page.getByRole('form', { name: 'New case note' });
  await form.getByLabel('Case code').fill('C-31');
  await form.getByLabel('What was discussed').fill('Half a thought about the pacing of');
  await form.getByLabel('Risk to others').check();

  // Away to another view before saving: the draft is written as the form goes.
  await nav('Sessions & hours');
  await nav('Case notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(form.getByRole('status')).toContainText('A draft of this note from');
  await form.getByRole('button', { name: 'Restore the draft' }).click();
  await expect(form.getByLabel('What was discussed')).toHaveValue('Half a thought about the pacing of');
  await expect(form.getByLabel('Case code')).toHaveValue('C-31');
  await expect(form.getByLabel('Risk to others')).toBeChecked();

  // More typing, then the vault locks: unlocking and opening the form offers it again.
  await form.getByLabel('What was discussed').fill('Half a thought about the pacing of exposure');
  await page.waitForTimeout(1000); // longer than the pause after which a draft is written
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await nav('Case notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await form.getByRole('button', { name: 'Restore the draft' }).click();
  await expect(form.getByLabel('What was discussed')).toHaveValue('Half a thought about the pacing of exposure');
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The note on C-31 was saved.' })).toBeVisible();

  // Saved: no draft is offered for the next new note.
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(form.getByLabel('Case code')).toHaveValue('');
  await expect(form.getByText('A draft of this note from')).toHaveCount(0);
});
