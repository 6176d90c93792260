// Nothing typed into Reflect is lost either: half-answered prompts survive leaving the view, are
// offered back for the same supervisee and set, and go once the answers are kept.
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('half-answered prompts survive navigation, are restored, kept, and their draft goes', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Corvin Ashgrove');
  await openView(page, 'Reflect');
  const form = page.getByRole('form', { name: 'Answer: Gibbs’ reflective cycle' });
  await form.getByLabel('What happened, in plain words?').fill('The client left ten minutes early.');
  await form.getByLabel('Themes').fill('endings, pacing');

  // Away and back: the draft is written as the form goes, and offered when it opens again.
  await openView(page, 'Case notes');
  await openView(page, 'Reflect');
  await expect(form.getByRole('status')).toContainText('were kept as a draft');
  await expect(form.getByLabel('What happened, in plain words?')).toHaveValue('');
  await form.getByRole('button', { name: 'Restore the draft' }).click();
  await expect(form.getByLabel('What happened, in plain words?')).toHaveValue('The client left ten minutes early.');
  await expect(form.getByLabel('Themes')).toHaveValue('endings, pacing');

  // Kept: the next visit offers nothing.
  await form.getByRole('button', { name: 'Keep these answers' }).click();
  await expect(form.getByRole('status')).toHaveText('1 answer kept.');
  await openView(page, 'Case notes');
  await openView(page, 'Reflect');
  await expect(form.getByLabel('What happened, in plain words?')).toBeVisible();
  await expect(form.getByText('were kept as a draft')).toHaveCount(0);
});
