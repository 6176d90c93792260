// Ctrl/Cmd+K from anywhere: a word typed without its accent and in another case finds the note it is
// in, marked; Enter opens the note's case; the risk filter and the keyboard path work.
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('find a note by a word in it with Ctrl+K and open its case with Enter', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Corvin Ashgrove');
  const nav = (name: string) => openView(page, name);
  await nav('Case notes');
  for (const [code, text, flag] of [
    ['C-14', 'Avoids the café near work; pacing of exposure discussed', true],
    ['C-15', 'Exposure homework done twice this week', false],
  ] as const) {
    await page.getByRole('button', { name: 'New note' }).click();
    const form = page.getByRole('form', { name: 'New case note' });
    await form.getByLabel('Case code').fill(code);
    await form.getByLabel('What was discussed').fill(text);
    if (flag) await form.getByLabel('Risk to others').check();
    await form.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('status').filter({ hasText: `The note on ${code} was saved.` })).toBeVisible();
  }

  // From another view entirely.
  await nav('Settings');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByLabel('Search notes, sessions and reflections')).toBeFocused();
  await page.keyboard.type('CAFE');
  const results = dialog.getByRole('list', { name: 'Results' }).getByRole('button');
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('mark')).toHaveText('café');
  await expect(results.first()).toContainText('Case note · Corvin Ashgrove');

  // Prefixes: "expo" finds both; only flagged notes narrows to one.
  await dialog.getByLabel('Search notes, sessions and reflections').fill('expo');
  await expect(results).toHaveCount(2);
  await dialog.getByLabel('Only notes with a risk flag').check();
  await expect(results).toHaveCount(1);
  await dialog.getByLabel('Only notes with a risk flag').uncheck();
  await expect(results).toHaveCount(2);

  // Keyboard: arrows move through the results and back to the box; Enter in the box opens the first.
  await dialog.getByLabel('Search notes, sessions and reflections').press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByLabel('Search notes, sessions and reflections')).toBeFocused();
  await dialog.getByLabel('Search notes, sessions and reflections').fill('homework');
  await expect(results).toHaveCount(1);
  await dialog.getByLabel('Search notes, sessions and reflections').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Case C-15' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Exposure homework done twice this week');
  // Esc closes the dialog without going anywhere, with words typed in it too.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('homework');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Case C-15' })).toBeVisible();
});

test('Esc and a quick Ctrl+K open search again: the late close of the first dialog does not shut the next', async ({
  page,
}) => {
  await createVault(page);
  await page.keyboard.press('Control+K');
  const box = page.getByLabel('Search notes, sessions and reflections');
  await expect(box).toBeFocused();
  // Both keys in one task, as fast fingers give them: the dialog's own close event comes after.
  await page.evaluate(() => {
    const input = document.querySelector('dialog.search-dialog input[type="search"]')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }));
  });
  // Past the first dialog's close event: search is open, and ready for typing.
  await page.waitForTimeout(200);
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
});
