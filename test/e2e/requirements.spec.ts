import { addDays, localToday, weekStart } from '../../src-main/contract/dates';
import { dateText } from '../../src-renderer/src/app/format';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

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
  await expect(page.getByText(/Version 2026\.3 · California Board of Behavioral Sciences/)).toBeVisible();

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

test('the licensure forecast reads on a supervisee’s page and follows a tried pace', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Tamsin Brackenridge');
  await page.getByRole('link', { name: 'Tamsin Brackenridge' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Rule pack').selectOption('ca-bbs');
  await page.getByRole('button', { name: 'Save changes' }).click();

  // Two complete weeks before this one: 10 and 30 direct hours, typed through the week form.
  const thisMonday = weekStart(localToday());
  const twoAgo = addDays(thisMonday, -14);
  await openView(page, 'Sessions & hours');
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  for (const [monday, hours] of [
    [twoAgo, '10'],
    [addDays(thisMonday, -7), '30'],
  ] as const) {
    await page.getByRole('button', { name: 'Log hours for a week' }).click();
    await page.getByLabel('Any day of the week').fill(monday);
    await page.getByLabel('Individual therapy').fill(hours);
    await page.getByRole('button', { name: 'Save hours' }).click();
    await expect(page.getByText(new RegExp(`logged for the week of ${escape(dateText(monday))}`))).toBeVisible();
  }

  await openView(page, 'Supervisees');
  await page.getByRole('link', { name: 'Tamsin Brackenridge' }).click();
  const card = page.getByTestId('forecast');
  await expect(card.getByRole('heading', { name: 'Licensure forecast' })).toBeVisible();
  // Worked by hand: week k from next Monday ends 7k - 1 days after it. 40 hours so far; the last 8
  // weeks average 5 a week. Earliest: 104 weeks from the first week decide it (the 40-hour limit
  // would need only 2960 / 40 = 74 weeks). At 5 a week the total takes 2960 / 5 = 592 weeks.
  const next = addDays(thisMonday, 7);
  const weekEnd = (k: number) => dateText(addDays(next, 7 * k - 1));
  await expect(card.getByTestId('forecast-earliest')).toHaveText(
    `${dateText(addDays(twoAgo, 7 * 104 - 1))}: Weeks of experience decides it`,
  );
  await expect(card.getByTestId('forecast-pace8')).toHaveText(`${weekEnd(592)}: Total experience hours decides it`);
  const total = card.getByRole('row', { name: /Total experience hours/ });
  await expect(total.getByRole('cell').nth(0)).toHaveText('40 of 3000 hours');
  await expect(total.getByRole('cell').nth(2)).toHaveText('5 / 1.54');

  // At 15 direct a week: 2960 / 15 = 197.3 -> 198 weeks. At 40 (the weekly limit) 74 weeks, and the
  // 104 weeks decide again.
  const whatIf = card.getByLabel('What if: direct hours a week');
  await whatIf.fill('15');
  await expect(card.getByTestId('forecast-what-if')).toHaveText(
    `At 15 direct hours a week: ${weekEnd(198)}: Total experience hours decides it`,
  );
  await whatIf.fill('40');
  await expect(card.getByTestId('forecast-what-if')).toContainText(
    `${dateText(addDays(twoAgo, 7 * 104 - 1))}: Weeks of experience decides it`,
  );
  await whatIf.fill('-3');
  await expect(card.getByText('Enter direct hours a week from 0 to 168, like 15.')).toBeVisible();
  await expect(card.getByText('This pack counts at most 40 hours a week')).toBeVisible();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('This week says what the pack still needs before the running week ends', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Orrin Calloway');
  await page.getByRole('link', { name: 'Orrin Calloway' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Rule pack').selectOption('ca-bbs');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: /^Requirements: California BBS/ })).toBeVisible();

  // 12 direct hours this week and no supervision yet: California asks 2 units by Sunday.
  const monday = weekStart(localToday());
  await openView(page, 'Sessions & hours');
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Log hours for a week' }).click();
  await page.getByLabel('Any day of the week').fill(monday);
  await page.getByLabel('Individual therapy').fill('12');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByText(new RegExp(`logged for the week of ${escape(dateText(monday))}`))).toBeVisible();

  await openView(page, 'This week');
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
  const part = page.getByRole('region', { name: /^Before the week ends/ });
  await expect(part).toContainText(
    `Orrin Calloway: 12 direct hours logged this week: 2 more units of supervision needed by ` +
      `${dateText(addDays(monday, 6))}.`,
  );

  // California signs by week: the sign-off offers the last ended week first.
  await openView(page, 'Sessions & hours');
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sign a period…' }).click();
  const form = page.getByRole('form', { name: 'Sign a period' });
  await expect(form.getByTestId('signs-by')).toHaveText(
    'California BBS (MFT, LPCC, LCSW associates): signed each week. Any period can be signed.',
  );
  await expect(form.getByLabel('Period from')).toHaveValue(addDays(monday, -7));
  await expect(form.getByLabel('Period to')).toHaveValue(addDays(monday, -1));
});
