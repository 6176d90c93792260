import { createVault, expect, test } from './fixtures';

test('requirements show progress and warnings for the chosen pack; a custom pack is edited in Settings', async ({
  page,
}) => {
  await createVault(page, { sample: true });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Sessions & hours' }).click();
  const req = page.getByRole('heading', { name: /^Requirements/ });
  await expect(req).toBeVisible();

  // Choose a supervisee who follows California BBS in the sample data.
  const table = page.getByRole('table', { name: 'Sessions' });
  await expect(table).toBeVisible();
  const options = await page.getByLabel('Supervisee', { exact: true }).locator('option').allTextContents();
  for (const name of options) {
    await page.getByLabel('Supervisee', { exact: true }).selectOption({ label: name });
    if (
      await page.getByRole('heading', { name: 'Requirements: California BBS (MFT, LPCC, LCSW associates)' }).isVisible()
    )
      break;
  }
  await expect(
    page.getByRole('heading', { name: 'Requirements: California BBS (MFT, LPCC, LCSW associates)' }),
  ).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Total experience hours' })).toBeVisible();
  await expect(page.getByText(/Version 2026\.1 · California Board of Behavioral Sciences/)).toBeVisible();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Rule pack (JSON)').fill('{ not json');
  await page.getByRole('button', { name: 'Save custom pack' }).click();
  await expect(page.getByText('That is not valid JSON.')).toBeVisible();
  await page.getByLabel('Start from').selectOption('nbcc');
  await expect(page.getByLabel('Rule pack (JSON)')).toHaveValue(/"id": "custom"/);
  await page.getByRole('button', { name: 'Save custom pack' }).click();
  await expect(page.getByText(/Custom rule pack saved/)).toBeVisible();

  await nav.getByRole('link', { name: 'Supervisees' }).click();
  await page.getByRole('table', { name: 'Supervisees' }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Rule pack').selectOption('custom');
  await page.getByRole('button', { name: 'Save changes' }).click();
  // The pack is shown by its name, not its id.
  await expect(page.getByRole('definition').filter({ hasText: '(our version)' })).toBeVisible();
  await expect(page.getByText('custom', { exact: true })).toHaveCount(0);
});
