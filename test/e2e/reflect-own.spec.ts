// Reflect, the rest of it as a supervisor uses it: make an own prompt set and edit it into a new
// version; tag answers with themes and filter by one; prepare prompts for the next meeting, print
// the sheet and read it back; see them in the quick-log form, answer them for that session; find
// an answer with Ctrl+K and land on it; retire the set.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localToday } from '../../src-main/contract/dates';
import { pdfText } from './read-pdf';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('own prompt sets, themes, prepared prompts and their sheet, and an answer found by search', async ({
  page,
  bridge,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Corvin Ashgrove');
  await openView(page, 'Reflect');

  // An own set: with none yet, "Your prompt sets" opens straight on a new one.
  await page.getByRole('button', { name: 'Your prompt sets' }).click();
  const maker = page.getByRole('form', { name: 'A new prompt set' });
  await maker.getByRole('button', { name: 'Make the set' }).click();
  await expect(maker.getByText('Give the set a name.')).toBeVisible();
  await maker.getByLabel('Name').fill('Strengths first');
  await maker.getByLabel('Prompt 1', { exact: true }).fill('What went better than expected?');
  await maker.getByRole('button', { name: 'Add a prompt' }).click();
  await maker.getByLabel('Prompt 2', { exact: true }).fill('What is one small next step?');
  await maker.getByRole('button', { name: 'Make the set' }).click();
  const mine = page.getByRole('region', { name: 'Your prompt sets' });
  await expect(mine.getByRole('status')).toHaveText('“Strengths first” is ready to use.');
  await expect(page.getByLabel('Prompt set', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  const form = page.getByRole('form', { name: 'Answer: Strengths first' });
  await expect(form).toContainText('Own questions, version 1');

  // Answer it with themes; the history shows them and filters by one.
  await form.getByLabel('What went better than expected?').fill('Named the rupture instead of smoothing it');
  await form.getByLabel('Themes').fill('Rupture and repair, confidence');
  await form.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(form.getByRole('status')).toHaveText('1 answer kept.');
  const history = page.getByRole('table', { name: 'Answers over time' });
  await expect(history.getByRole('row').nth(1)).toContainText('rupture and repair');
  await expect(history.getByRole('row').nth(1)).toContainText('confidence');
  await history.getByRole('button', { name: /Edit themes of the answer/ }).click();
  await history.getByLabel('Themes').fill('rupture and repair');
  await history.getByLabel('Themes').press('Enter');
  await expect(history.getByRole('row').nth(1)).not.toContainText('confidence');

  // Edit the set: a new version; the answer keeps the words it was asked with.
  await mine.getByRole('button', { name: 'Edit Strengths first' }).click();
  const editor = page.getByRole('form', { name: 'Edit “Strengths first”' });
  await expect(editor).toContainText('Saving makes version 2');
  await editor.getByLabel('Prompt 1', { exact: true }).fill('What went better than you expected?');
  await editor.getByRole('button', { name: 'Save a new version' }).click();
  await expect(mine.getByRole('status')).toHaveText('“Strengths first” is now version 2.');
  await expect(page.getByRole('form', { name: 'Answer: Strengths first' })).toContainText('version 2');
  await expect(history.getByRole('row').nth(1)).toContainText('What went better than expected?');
  await expect(history.getByRole('row').nth(1)).toContainText('Strengths first, version 1');

  // Prepare two prompts of the seven-eyed set for the next meeting, and print them.
  await page.getByLabel('Prompt set', { exact: true }).selectOption({ label: 'Seven-eyed model' });
  const prepare = page.getByRole('region', { name: 'Prepare the next meeting' });
  await expect(prepare.getByRole('button', { name: 'Print the prompt sheet' })).toBeDisabled();
  await prepare.getByLabel('What did this case stir in you?').check();
  await prepare.getByLabel('What in our supervision might be mirroring the case?').check();
  await prepare.getByRole('button', { name: 'Prepare the chosen prompts' }).click();
  await expect(prepare.getByRole('status')).toHaveText('2 prompts will wait for the next meeting.');
  await expect(prepare.getByRole('list', { name: 'Waiting for the next meeting' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await prepare.getByRole('button', { name: 'Print the prompt sheet' }).click();
  await expect(prepare.getByRole('status')).toContainText('Saved to');
  const sheet = readdirSync(bridge.exportsDir).find((f) => f.startsWith('alliance-prompts-corvin-ashgrove'))!;
  const text = pdfText(join(bridge.exportsDir, sheet));
  expect(text).toContain('For: Corvin Ashgrove');
  expect(text).toContain('1. What did this case stir in you?');
  expect(text).toContain('2. What in our supervision might be mirroring the case?');

  // Logging the next session shows them, and takes them up.
  await openView(page, 'Sessions & hours');
  await page.getByRole('button', { name: 'Log session' }).click();
  const shown = page.getByRole('note', { name: 'Prompts prepared for this meeting' });
  await expect(shown).toContainText('What did this case stir in you?');
  await page.getByLabel('Date').fill(localToday());
  await page.getByLabel('Duration (minutes)').fill('60');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(2);

  // Back in Reflect: nothing waits any more; choosing that session offers them first.
  await openView(page, 'Reflect');
  await page.getByLabel('Prompt set', { exact: true }).selectOption({ label: 'Gibbs’ reflective cycle' });
  await expect(prepare.getByText('Nothing is waiting for the next meeting yet.')).toBeVisible();
  const gibbs = page.getByRole('form', { name: 'Answer: Gibbs’ reflective cycle' });
  await gibbs.getByLabel('About the session').selectOption({ index: 1 });
  const prepared = gibbs.getByRole('group', { name: 'Prepared for this session' });
  await prepared.getByLabel('What did this case stir in you?').fill('A wish to rescue, as the client’s sister has');
  await gibbs.getByLabel('What will you try next time?').fill('Wait before offering a fix');
  await gibbs.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(gibbs.getByRole('status')).toHaveText('2 answers kept.');
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history).toContainText('Seven-eyed model, version 2026.1');

  // Found by a word of the answer; Enter opens it, marked, in Reflect.
  await openView(page, 'Supervisees');
  await page.keyboard.press('Control+K');
  await page.getByLabel('Search notes, sessions and reflections').fill('rescu');
  const hit = page.getByRole('list', { name: 'Results' }).getByRole('button').first();
  await expect(hit).toContainText('Reflection · Corvin Ashgrove');
  await page.getByLabel('Search notes, sessions and reflections').press('Enter');
  await expect(page.getByRole('heading', { name: 'Reflect', level: 1 })).toBeVisible();
  await expect(page.locator('tr[aria-current="true"]')).toContainText('A wish to rescue');

  // Retire the own set: no longer offered; its answer stays in the history.
  await page.getByRole('button', { name: 'Your prompt sets' }).click();
  await page.getByRole('button', { name: 'Retire Strengths first' }).click();
  await expect(page.getByRole('region', { name: 'Your prompt sets' }).getByRole('status')).toContainText('is retired');
  await expect(
    page.getByLabel('Prompt set', { exact: true }).locator('option', { hasText: 'Strengths first' }),
  ).toHaveCount(0);
  await expect(history).toContainText('Strengths first, version 1');
});
