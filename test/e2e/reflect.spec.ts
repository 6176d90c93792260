// Reflect: answer two prompts of the seven-eyed set for a session and a case, moving between them
// with Ctrl+Enter; see the answers kept with the prompts as asked; follow one prompt over time.
import { addSupervisee, createVault, expect, test } from './fixtures';

test('answer two prompts with the keyboard, keep them, and read one prompt’s answers over time', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Corvin Ashgrove');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reflect' }).click();
  await page.getByLabel('Prompt set').selectOption({ label: 'Seven-eyed model' });
  const form = page.getByRole('form', { name: 'Answer: Seven-eyed model' });
  await form.getByLabel('About the case').fill('C-014');
  await form.getByLabel('How was the client, as they actually were in the room?').fill('Quiet, watchful');
  await page.keyboard.press('Control+Enter');
  await expect(form.getByLabel('What did you do, and what else might you have done?')).toBeFocused();
  await form.getByLabel('What did this case stir in you?').fill('Helplessness, like the client');
  // A theme too long is refused at the Themes field, and nothing typed is lost.
  await form.getByLabel('Themes').fill('a theme that goes on far longer than any tag should ever go');
  await form.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(form.getByLabel('Themes')).toHaveAccessibleDescription(/Keep a theme under 40 characters\./);
  await expect(form.getByLabel('What did this case stir in you?')).toHaveValue('Helplessness, like the client');
  await form.getByLabel('Themes').fill('');
  await form.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(form.getByRole('status')).toHaveText('2 answers kept.');
  await expect(form.getByLabel('What did this case stir in you?')).toHaveValue('');

  const history = page.getByRole('table', { name: 'Answers over time' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText('Helplessness, like the client');
  await expect(history).toContainText('Seven-eyed model, version 2026.1');

  // A month on, the same prompt again; then only that prompt's answers, newest first.
  await form.getByLabel('What did this case stir in you?').fill('Less stuck; curious');
  await form.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(form.getByRole('status')).toHaveText('1 answer kept.');
  await page.getByLabel('Prompt', { exact: true }).selectOption({ label: 'What did this case stir in you?' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('Less stuck; curious');
  await expect(history.getByRole('row').nth(2)).toContainText('Helplessness, like the client');

  // Nothing answered: said where the user is looking, nothing kept.
  await form.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(form.getByRole('alert')).toHaveText('Answer at least one prompt.');
});
