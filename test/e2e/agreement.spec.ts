// The supervision agreement and its goals on a supervisee's page, as a supervisor writes them:
// write the agreement (a bad date refused where it was typed), amend it with a reason and find the
// first version kept; add a goal, review it twice, and reflect about it.
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('write and amend the agreement, set and review a goal, and reflect about it', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Tamsin Holloway');
  await page.getByRole('link', { name: 'Tamsin Holloway' }).click();

  const card = page.getByRole('region', { name: 'Supervision agreement' });
  await expect(card).toContainText('No agreement written yet.');
  await card.getByRole('button', { name: 'Write the agreement' }).click();
  const form = page.getByRole('form', { name: 'Write the supervision agreement' });
  await form.getByLabel('Format').fill('Individual, video, Tuesdays 9:00');
  await form
    .getByLabel('How feedback is given, both ways')
    .fill('Written notes after recordings; monthly check both ways.');
  // Each evaluation date has its own picker; one past the agreed end is refused at its picker.
  await form.getByRole('button', { name: 'Add an evaluation date' }).click();
  await form.getByLabel('Evaluation 1', { exact: true }).fill('2027-12-01');
  await form.getByLabel('Formal supervision ends').fill('2027-08-31');
  await form.getByRole('button', { name: 'Save the agreement' }).click();
  await expect(form.getByText('An evaluation date falls after the agreed end of supervision.')).toBeVisible();
  await expect(form.getByLabel('Evaluation 1', { exact: true })).toBeFocused();
  await form.getByLabel('Evaluation 1', { exact: true }).fill('2026-12-01');
  await form.getByRole('button', { name: 'Add an evaluation date' }).click();
  await form.getByLabel('Evaluation 2', { exact: true }).fill('2026-06-01');
  // Ctrl/Cmd+Enter saves, as in every form.
  await form.getByLabel('Evaluation 2', { exact: true }).press('ControlOrMeta+Enter');
  await expect(card.getByRole('status')).toHaveText('The agreement is saved.');
  await expect(card.getByRole('heading', { name: 'Supervision agreement, version 1' })).toBeVisible();
  await expect(card).toContainText('Weekly: Individual, video, Tuesdays 9:00');

  // Amend: the reason is required, and the first version stays readable.
  await card.getByRole('button', { name: 'Amend' }).click();
  const amend = page.getByRole('form', { name: 'Amend the agreement (version 2)' });
  await amend.getByLabel('Meets').selectOption({ label: 'Every two weeks' });
  await amend.getByRole('button', { name: 'Save the amended agreement' }).click();
  await expect(amend.getByText('Say what changed and why: it is kept with this version.')).toBeVisible();
  await amend.getByLabel('What changed, and why').fill('More independent since the spring');
  await amend.getByRole('button', { name: 'Save the amended agreement' }).click();
  await expect(card.getByRole('heading', { name: 'Supervision agreement, version 2' })).toBeVisible();
  await expect(card).toContainText('Changed because: More independent since the spring');
  await card.getByText('Earlier versions (1)').click();
  await expect(card.getByRole('heading', { name: /Version 1, from/ })).toBeVisible();
  await expect(card).toContainText('Weekly: Individual, video, Tuesdays 9:00');

  // A goal, reviewed twice: its status follows the newest review; both stay.
  const goals = page.getByRole('region', { name: 'Goals' });
  await goals.getByRole('button', { name: 'Add a goal' }).click();
  await goals.getByRole('button', { name: 'Add the goal' }).click();
  await expect(goals.getByText('Say what the goal is.')).toBeVisible();
  await goals.getByLabel('Goal', { exact: true }).fill('Screen for risk at every first session');
  await goals.getByLabel('Target date').fill('2027-03-01');
  await goals.getByRole('button', { name: 'Add the goal' }).click();
  const list = goals.getByRole('list', { name: 'Goals of the agreement' });
  await expect(list).toContainText('Not started');
  await goals.getByRole('button', { name: 'Review: Screen for risk at every first session' }).click();
  await goals.getByLabel('Comment').fill('Asked in three of four first sessions');
  await goals.getByRole('button', { name: 'Keep the review' }).click();
  await expect(list).toContainText('In progress');
  await goals.getByRole('button', { name: 'Review: Screen for risk at every first session' }).click();
  await goals.getByLabel('Status now').selectOption({ label: 'Met' });
  await goals.getByLabel('Comment').fill('Every first session now');
  await goals.getByRole('button', { name: 'Keep the review' }).click();
  const reviews = goals.getByRole('list', { name: 'Reviews of: Screen for risk at every first session' });
  await expect(reviews.getByRole('listitem')).toHaveCount(2);
  await expect(reviews.getByRole('listitem').first()).toContainText('Met — Every first session now');
  await expect(list.locator('.badge').first()).toHaveText('Met');

  // Reflect about the goal: the answer names it.
  await openView(page, 'Reflect');
  await page.getByLabel('Prompt set', { exact: true }).selectOption({ label: 'The working alliance' });
  const reflect = page.getByRole('form', { name: 'Answer: The working alliance' });
  await reflect.getByLabel('About the goal').selectOption({ label: 'Screen for risk at every first session' });
  await reflect
    .getByLabel('Goals: do we agree on what supervision is for right now?')
    .fill('Yes: risk first, then formulation');
  await reflect.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(reflect.getByRole('status')).toHaveText('1 answer kept.');
  await expect(page.getByRole('table', { name: 'Answers over time' })).toContainText(
    'Goal: Screen for risk at every first session',
  );
});
