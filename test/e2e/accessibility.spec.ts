// An axe scan of every screen and view, light and dark, with forms open and showing errors: no
// serious or critical violation anywhere (WCAG 2.1 A and AA rules).
import { scan } from './axe-scan';
import { createVault, expect, PASSPHRASE, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`every view passes an axe scan in ${scheme} mode`, async ({ page }) => {
    // About twenty full-page axe scans of up to ten seconds each on a busy 2-core machine, beside
    // another worker: sized by that count with room to spare, not by one run's clock.
    test.setTimeout(20 * 15_000);
    await page.emulateMedia({ colorScheme: scheme });
    const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

    await page.goto('/');
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await scan(page, 'create vault');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByTestId('recovery-key')).toBeVisible();
    await scan(page, 'recovery key');
    await page.getByLabel('I have stored my recovery key somewhere safe.').check();
    await page.getByRole('button', { name: 'Continue to Alliance' }).click();

    await expect(page.getByRole('table', { name: 'Hours across supervisees' })).toBeVisible();
    await scan(page, 'this week');
    await nav('Timeline');
    await expect(page.locator('a.timeline-event').first()).toBeVisible();
    await scan(page, 'timeline');
    await nav('Supervisees');
    await expect(page.getByRole('table', { name: 'Supervisees' })).toBeVisible();
    await scan(page, 'supervisees');
    await page.getByRole('button', { name: 'Add supervisee' }).click();
    await page.getByRole('button', { name: 'Save supervisee' }).click();
    await expect(page.getByText('Enter a name.')).toBeVisible();
    await scan(page, 'new supervisee form with errors');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('table', { name: 'Supervisees' }).getByRole('link').first().click();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    await scan(page, 'supervisee detail');
    await page.getByRole('region', { name: 'Supervision agreement' }).getByRole('button', { name: 'Amend' }).click();
    await page.getByRole('button', { name: 'Save the amended agreement' }).click();
    await expect(page.getByText('Say what changed and why: it is kept with this version.')).toBeVisible();
    await scan(page, 'agreement amendment with errors');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('button', { name: /^Review: / })
      .first()
      .click();
    await scan(page, 'goal review form');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Competencies has a test of its own, below.
    for (const label of ['Timeline', 'Sessions & hours', 'Case notes', 'Reflect', 'Settings']) {
      await nav(label);
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      if (label === 'Sessions & hours') await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
      if (label === 'Settings') await expect(page.getByRole('heading', { name: 'Security log' })).toBeVisible();
      await scan(page, label);
    }

    await nav('Sessions & hours');
    await page.getByRole('button', { name: 'Log session' }).click();
    await page.getByLabel('Duration (minutes)').fill('');
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByText('Enter the length in minutes, like 60.')).toBeVisible();
    await scan(page, 'quick log with errors');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Log hours for a week' }).click();
    await scan(page, 'week hours form');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Sign a period…' }).click();
    await scan(page, 'sign a period form');
    await page.getByRole('button', { name: 'Bring in past hours…' }).click();
    await expect(page.getByRole('region', { name: 'Bring in past hours' })).toBeVisible();
    await scan(page, 'bring in past hours');

    await nav('Your licence & duties');
    await expect(page.getByRole('list', { name: 'Coming due' })).toBeVisible();
    await scan(page, 'your licence and duties');

    await nav('Case notes');
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Case code').fill('Jane Doe');
    await page.getByRole('button', { name: 'Add an action item' }).click();
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByText('Say what is to be done.')).toBeVisible();
    await scan(page, 'case note form with errors');
    await page.getByLabel('Case code').fill('K-1');
    await page.getByRole('button', { name: 'Remove action 1' }).click();
    await page.getByLabel('What was discussed').fill('Her sister Rebecca called from 555-201-3344.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('region', { name: 'This note may identify the client' })).toBeVisible();
    await scan(page, 'case note with possible identifiers marked');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('pacing');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('button').first()).toBeVisible();
    await scan(page, 'search with results');
    await page.keyboard.press('Escape');

    await nav('Reflect');
    await page.getByRole('button', { name: 'Your prompt sets' }).click();
    await page.getByRole('button', { name: 'New prompt set' }).click();
    await page.getByRole('button', { name: 'Make the set' }).click();
    await expect(page.getByText('Give the set a name.')).toBeVisible();
    await scan(page, 'new prompt set with errors');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('button', { name: /Edit themes of the answer/ })
      .first()
      .click();
    await scan(page, 'reflect with the prompt sets and a theme editor open');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Lock vault' }).click();
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await scan(page, 'unlock');
    await page.getByRole('button', { name: /Use the recovery key/ }).click();
    await scan(page, 'recover');
  });
}

// The growth view and its forms, in a test of their own: their charts make long scans.
for (const scheme of ['light', 'dark'] as const) {
  test(`competencies, reviews and the constellation pass an axe scan in ${scheme} mode`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await createVault(page, { sample: true });
    await nav('Competencies');
    await scan(page, 'Competencies');
    await expect(page.getByRole('img', { name: /^Levels over time\./ })).toBeVisible();
    await page.getByRole('button', { name: 'Record a check-in' }).click();
    await page.getByRole('button', { name: 'Record feedback' }).click();
    await page.getByRole('button', { name: 'Save the feedback' }).click();
    await expect(page.getByText('Write what you were told.')).toBeVisible();
    await scan(page, 'growth with the check-in form and feedback errors');
    await page
      .getByRole('link', { name: /^Open the review of/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /^Review of/ })).toBeVisible();
    await scan(page, 'a final review');
    await page.getByRole('button', { name: 'Reopen to change it' }).click();
    await page.getByRole('button', { name: 'Reopen' }).click();
    await expect(page.getByText(/Say why it is reopened/)).toBeVisible();
    await scan(page, 'reopening a review with errors');
    await page.getByRole('button', { name: 'Frameworks' }).click();
    await page.getByRole('button', { name: 'New framework' }).click();
    await page.getByRole('button', { name: 'Make the framework' }).click();
    await expect(page.getByText('Give the framework a name.')).toBeVisible();
    await scan(page, 'new framework with errors');
    await page.getByRole('form', { name: 'A new framework' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Import from a file…' }).click();
    await scan(page, 'framework import');
    await nav('Supervisees');
    await page.getByRole('table', { name: 'Supervisees' }).getByRole('link').first().click();
    await page
      .getByRole('region', { name: 'Who else holds them' })
      .getByRole('button', { name: 'Add a person' })
      .click();
    await scan(page, 'constellation form');
  });
}

test('the scan would catch a problem: a button with no name is reported', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
  await page.evaluate(() => {
    const b = document.querySelector('button');
    if (b) b.textContent = '';
  });
  await expect(scan(page, 'broken create vault')).rejects.toThrow(/button-name \(critical\)/);
});
