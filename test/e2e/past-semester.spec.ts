// A supervisor catching up on a semester after the fact, through the screens only: the agreement
// agreed in September, a goal set then and reviewed in November, a reflection about a November
// session. Each keeps the day it happened, and the timeline shows them on those days, none on the
// day they were typed. Saved with Ctrl/Cmd+Enter, as every form allows.
import { localToday } from '../../src-main/contract/dates';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('enter a past semester with the days things happened, and find them on those days', async ({ page }) => {
  // How the screens write a day (the locale's short date), worked out in the page itself.
  const onScreen = (iso: string) =>
    page.evaluate(
      (d) =>
        new Intl.DateTimeFormat(undefined, {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          timeZone: 'UTC',
        }).format(new Date(`${d}T00:00:00Z`)),
      iso,
    );
  await createVault(page);
  await addSupervisee(page, 'Sample Intern');
  await page.getByRole('link', { name: 'Sample Intern' }).click();

  // The agreement, agreed in September.
  const card = page.getByRole('region', { name: 'Supervision agreement' });
  await card.getByRole('button', { name: 'Write the agreement' }).click();
  const form = page.getByRole('form', { name: 'Write the supervision agreement' });
  await expect(form.getByLabel('Agreed on')).toHaveValue(localToday());
  await form.getByLabel('Agreed on').fill('2026-09-02');
  await form.getByRole('button', { name: 'Add an evaluation date' }).click();
  await form.getByLabel('Evaluation 1', { exact: true }).fill('2026-11-16');
  await form.getByLabel('Agreed on').press('ControlOrMeta+Enter');
  await expect(card.getByRole('status')).toHaveText('The agreement is saved.');
  await expect(card).toContainText(`In force since ${await onScreen('2026-09-02')}`);

  // A goal set in September, reviewed on 17 November.
  const goals = page.getByRole('region', { name: 'Goals' });
  await goals.getByRole('button', { name: 'Add a goal' }).click();
  await goals.getByLabel('Goal', { exact: true }).fill('Build a formulation for each client');
  await goals.getByLabel('Target date').fill('2026-12-15');
  await goals.getByLabel('Set on').fill('2026-09-03');
  await goals.getByLabel('Set on').press('ControlOrMeta+Enter');
  const list = goals.getByRole('list', { name: 'Goals of the agreement' });
  await expect(list).toContainText(`set ${await onScreen('2026-09-03')}`);
  await goals.getByRole('button', { name: 'Review: Build a formulation for each client' }).click();
  await goals.getByLabel('Reviewed on').fill('2026-11-17');
  await goals.getByLabel('Comment').fill('Two of three written');
  await goals.getByLabel('Comment').press('ControlOrMeta+Enter');
  await expect(list.locator('.badge').first()).toHaveText('In progress');
  // A review dated before the goal was set is refused at its date.
  await goals.getByRole('button', { name: 'Review: Build a formulation for each client' }).click();
  await goals.getByLabel('Reviewed on').fill('2026-09-01');
  await goals.getByRole('button', { name: 'Keep the review' }).click();
  await expect(goals.getByText('This review is dated before the goal was set.')).toBeVisible();
  await goals.getByRole('button', { name: 'Cancel' }).click();

  // A reflection about a session of 24 November, written today.
  await openView(page, 'Reflect');
  await expect(page.getByRole('heading', { name: 'Reflect', level: 1 })).toBeVisible();
  await page.getByLabel('Prompt set', { exact: true }).selectOption({ label: 'Gibbs’ reflective cycle' });
  const reflect = page.getByRole('form', { name: 'Answer: Gibbs’ reflective cycle' });
  await expect(reflect.getByLabel('Day it is about')).toHaveValue(localToday());
  await reflect.getByLabel('Day it is about').fill('2026-11-24');
  await reflect.getByLabel('What happened, in plain words?').fill('We slowed the pace of the case review.');
  await reflect.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(reflect.getByRole('status')).toHaveText('1 answer kept.');
  await expect(page.getByRole('table', { name: 'Answers over time' })).toContainText(await onScreen('2026-11-24'));

  // The timeline: each on its own day, nothing on the day it was all typed.
  await openView(page, 'Timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  const stream = page.getByRole('region', { name: 'Timeline, newest first' });
  const row = (title: string) => stream.locator('a.timeline-event', { hasText: title });
  await expect(row('Agreement written').locator('.timeline-date')).toHaveText(await onScreen('2026-09-02'));
  await expect(row('Goal set').locator('.timeline-date')).toHaveText(await onScreen('2026-09-03'));
  await expect(row('Goal reviewed: in progress').locator('.timeline-date')).toHaveText(await onScreen('2026-11-17'));
  await expect(row('Reflection').locator('.timeline-date')).toHaveText(await onScreen('2026-11-24'));
  await expect(stream.locator('.timeline-date', { hasText: await onScreen(localToday()) })).toHaveCount(0);
});
