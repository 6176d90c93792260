// Quick unlock as a supervisor turns it on and uses it, with the test bridge's in-memory keystore in
// place of the OS keychain (the Electron part is the thin window/os-keystore.ts): the passphrase is
// typed again to turn it on, the lock screen offers the keychain, and a passphrase change takes it away.
import { createVault, expect, openView, PASSPHRASE, test } from './fixtures';

test('quick unlock: on with the passphrase, unlock from the lock screen, gone after a passphrase change', async ({
  page,
}) => {
  await createVault(page);
  await openView(page, 'Settings');
  const card = page.getByRole('form', { name: 'Quick unlock' });
  await card.getByLabel('Passphrase, to turn it on').fill('not-the-passphrase');
  await card.getByRole('button', { name: 'Turn quick unlock on' }).click();
  await expect(card.getByText('That passphrase is not right.')).toBeVisible();
  await card.getByLabel('Passphrase, to turn it on').fill(PASSPHRASE);
  await card.getByLabel('Ask for the passphrase again after this many days').fill('7');
  await card.getByRole('button', { name: 'Turn quick unlock on' }).click();
  await expect(card.getByText(/^On\. Your passphrase will be asked for again on .* \(every 7 days\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock with the system keychain' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  // A new passphrase deletes the sealed key: the card says off, the lock screen asks for the passphrase.
  await openView(page, 'Settings');
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill('willow-bracken-ember-64');
  await page.getByLabel('Confirm new passphrase').fill('willow-bracken-ember-64');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Turn quick unlock on' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock with the system keychain' })).toBeHidden();
  await page.getByLabel('Passphrase', { exact: true }).fill('willow-bracken-ember-64');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});
