// The timeline as a supervisor uses it, on a vault with a year of sample history: scroll a
// supervisee's stream (the page keeps a bounded number of rows), filter to risk flags, jump to a
// date, open a note and come Back to the same row, and move with the keyboard. Then the
// supervisor's week and a supervisee's home page with records typed in here.
import { addDays, localToday } from '../../src-main/contract/dates';
import { addSupervisee, createVault, expect, openView, PASSPHRASE, test } from './fixtures';

const rowsInDom = (page: import('@playwright/test').Page) => page.locator('.timeline-row').count();

test('scroll, filter, jump, open a note and come back to the same place', async ({ page }) => {
  test.setTimeout(120_000);
  await createVault(page, { sample: true });
  await openView(page, 'Timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  const list = page.getByRole('region', { name: 'Timeline, newest first' });
  // Everyone's stream first, each row naming its supervisee.
  await expect(list.locator('a.timeline-event').first()).toBeVisible();

  const who = page.getByLabel('Whose timeline');
  const person = (await who.locator('option').nth(1).textContent())!;
  await who.selectOption({ label: person });
  await expect(page).toHaveURL(/#\/timeline\/[0-9a-f-]{36}$/);
  const events = list.locator('a.timeline-event');
  await expect(events.first()).toBeVisible();
  await expect(list.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(list.getByRole('heading', { level: 3 }).first()).toHaveText(/^Week of /);

  // Scrolling to the end again and again loads older pages; the page keeps only the rows in sight.
  const firstDate = await events.first().locator('.timeline-date').textContent();
  const firstHeight = await list.evaluate((el) => el.scrollHeight);
  let most = 0;
  for (let i = 0; i < 12; i++) {
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(150);
    most = Math.max(most, await rowsInDom(page));
  }
  expect(most).toBeGreaterThan(5);
  expect(most).toBeLessThan(80);
  // Older pages came in as the end was reached: the list is more than twice as long as the first page,
  // and far longer than the rows drawn.
  const scrolledHeight = await list.evaluate((el) => el.scrollHeight);
  expect(scrolledHeight).toBeGreaterThan(firstHeight * 2);
  expect(scrolledHeight).toBeGreaterThan(most * 64 * 3);
  const lastDate = await events.last().locator('.timeline-date').textContent();
  expect(lastDate).not.toBe(firstDate);

  // Only notes with a risk flag, each showing its flag.
  await page.getByLabel('Risk flags').selectOption('any');
  await expect(events.first()).toBeVisible();
  const flagged = await events.count();
  expect(flagged).toBeGreaterThan(0);
  for (let i = 0; i < flagged; i++) {
    await expect(events.nth(i)).toHaveClass(/kind-note/);
    await expect(events.nth(i).locator('.badge.risk').first()).toBeVisible();
  }
  await page.getByLabel('Risk flags').selectOption('');

  // Jump to a date: the stream starts there, and newer events are still one scroll up.
  const events0 = await page.evaluate(() => document.querySelectorAll('a.timeline-event').length);
  expect(events0).toBeGreaterThan(0);
  await page.getByLabel('Go to date').fill('2026-03-15');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page.getByText(/^Starting at /)).toBeVisible();
  const jumped = await list.locator('a.timeline-event').first().getAttribute('href');
  expect(jumped).toBeTruthy();
  const shownFirst = await list.evaluate((el) => {
    const a = el.querySelector('a.timeline-event') as HTMLElement;
    return a.querySelector('.timeline-date')!.textContent;
  });
  expect(shownFirst).toBeTruthy();

  // Only case notes; open the third with the keyboard, then come Back to it.
  await page.getByLabel('Case notes').check();
  await expect(events.first()).toHaveClass(/kind-note/);
  // (Newer notes than the date load above as the top is near, so the first row drawn need not be
  // the first note: the moves are counted from wherever focus starts.)
  await events.first().focus();
  const start = Number(await page.locator('a.timeline-event:focus').getAttribute('data-event'));
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  const chosen = page.locator('a.timeline-event:focus');
  await expect(chosen).toHaveAttribute('data-event', String(start + 2));
  const href = (await chosen.getAttribute('href'))!;
  expect(href).toMatch(/^#\/notes\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { name: /^Case / }).first()).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Case notes')).toBeChecked();
  await expect(page.getByText(/^Starting at /)).toBeVisible();
  await expect(page.locator('a.timeline-event:focus')).toHaveAttribute('href', href);
  await page.keyboard.press('k');
  await expect(page.locator('a.timeline-event:focus')).toHaveAttribute('data-event', String(start + 1));

  // Back to the newest clears the jump.
  await page.getByRole('button', { name: 'Back to the newest' }).click();
  await expect(page.getByText(/^Starting at /)).toHaveCount(0);

  // Words typed into the filter do not outlive a lock: unlocked again, the timeline starts afresh.
  await page.getByLabel('Words').fill('exposure');
  await expect(page.getByLabel('Words')).toHaveValue('exposure');
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Words')).toHaveValue('');
  await expect(page.getByLabel('Case notes')).not.toBeChecked();
});

test('This week shows an overdue action item and opens its note; the home page offers a session log', async ({
  page,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Oriel Thistlewood');
  // A note with an action item that fell due last week (dates relative to today, as the week is).
  const today = localToday();
  await openView(page, 'Case notes');
  await page.getByRole('button', { name: 'New note' }).click();
  const form = page.getByRole('form', { name: 'New case note' });
  await form.getByLabel('Case code').fill('C-207');
  await form.getByLabel('Date', { exact: true }).fill(addDays(today, -10));
  await form.getByLabel('Presenting concern').fill('Sleep and worry');
  await form.getByLabel('Safeguarding or mandated report').check();
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByLabel('Action 1', { exact: true }).fill('Call the school counsellor');
  await form.getByLabel('Due by (1)').fill(addDays(today, -3));
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByLabel('Action 2', { exact: true }).fill('Bring the intake form');
  await form.getByLabel('Due by (2)').fill(addDays(today, 5));
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The note on C-207 was saved.' })).toBeVisible();

  await openView(page, 'This week');
  const overdue = page.getByRole('region', { name: /Overdue action items/ });
  // Only the item whose due day has passed; the one due in five days is not overdue.
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue.getByRole('listitem')).toContainText('Oriel Thistlewood: Call the school counsellor');
  await expect(page.getByRole('region', { name: /Open risk flags/ })).toContainText('case C-207');
  // No agreement yet, so no session is due by one; nothing logged, so nothing to sign.
  await expect(page.getByRole('region', { name: /Sessions due/ })).toContainText(
    'Everyone has met as often as agreed.',
  );
  await expect(page.getByRole('table', { name: 'Hours across supervisees' })).toContainText('Oriel Thistlewood');
  await overdue.getByRole('link').click();
  await expect(page).toHaveURL(/#\/notes\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: /Case C-207/ }).first()).toBeVisible();

  // The supervisee's page: the open items and the flag before a meeting, one click to log a session.
  await openView(page, 'Supervisees');
  await page.getByRole('link', { name: 'Oriel Thistlewood' }).click();
  const open = page.getByRole('region', { name: 'Open action items' });
  await expect(open.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Recently' })).toContainText('Case note');
  await page.getByRole('button', { name: 'Log a session' }).click();
  await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Duration (minutes)')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Write a note' }).click();
  await expect(page.getByRole('form', { name: 'New case note' })).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Start a review' }).click();
  await expect(page.getByRole('form', { name: 'Start a review' })).toBeVisible();
  // Coming to the views the usual way opens no form.
  await openView(page, 'Case notes');
  await expect(page.getByRole('form', { name: 'New case note' })).toHaveCount(0);
});

test('a review that lowered several competencies lists every drop on the timeline, none cut off', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Sample Intern');
  // Two finalised reviews, the second lowering four competencies and raising one (set up through the
  // same requests the review screen sends).
  await page.evaluate(async () => {
    type R = { ok: boolean; value: { id: string } };
    const api = (window as unknown as { api: Record<string, Record<string, (i: unknown) => Promise<R>>> }).api;
    const sups = (await api.supervisees!.list!({ search: '', status: 'any', archived: 'include' })) as unknown as {
      value: { id: string }[];
    };
    const who = sups.value[0]!.id;
    const codes = ['RES', 'ETH', 'DIV', 'PRO', 'COM', 'ASM'];
    async function review(day: string, level: (i: number) => number) {
      const r = await api.reviews!.create!({ superviseeId: who, frameworkId: 'apa-pwc-1', reviewedOn: day });
      await api.reviews!.save!({
        id: r.value.id,
        reviewedOn: day,
        strengths: '',
        limitations: '',
        ratings: codes.map((c, i) => ({ competencyCode: c, level: level(i), comment: '', evidence: [] })),
      });
      await api.reviews!.finalise!({ id: r.value.id });
    }
    await review('2026-09-01', () => 4);
    await review('2026-11-02', (i) => (i < 4 ? 2 : i === 4 ? 5 : 4));
  });
  await openView(page, 'Timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  await expect(page.locator('a.timeline-event').first()).toBeVisible();
  const row = page.locator('a.timeline-event').first();
  const lines = row.locator('.timeline-facts');
  await expect(lines).toHaveCount(5);
  await expect(lines.nth(0)).toHaveText('Research dropped 4 → 2');
  await expect(lines.nth(3)).toHaveText('Professional values, attitudes and behaviors dropped 4 → 2');
  await expect(lines.nth(4)).toHaveText('Communication and interpersonal skills: 4 → 5');
  // Each line fits: nothing is cut short with an ellipsis, and the row holds them all.
  const cut = await lines.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).length);
  expect(cut).toBe(0);
  const [rowBox, lastBox] = [await row.boundingBox(), await lines.nth(4).boundingBox()];
  expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(rowBox!.y + rowBox!.height);
});
