// A supervisor's walk through case notes: a note with a risk flag and two action items typed in,
// a refusal of a name as a case code seen beside the field, the case's thread across two sessions,
// the open-risk list across supervisees, and a follow-up ticked off.
import { addSupervisee, createVault, expect, test } from './fixtures';

test('write a flagged note with action items, follow its case, close a follow-up', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Corvin Ashgrove');
  await addSupervisee(page, 'Delphine Oakhurst');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case notes' }).click();
  await expect(page.getByRole('heading', { name: 'Case notes', level: 1 })).toBeVisible();
  await page.getByLabel('Supervisee', { exact: true }).selectOption({ label: 'Corvin Ashgrove' });
  await expect(page.getByText('No notes yet.')).toBeVisible();

  await page.getByRole('button', { name: 'New note' }).click();
  const form = page.getByRole('form', { name: 'New case note' });
  // A client's name is refused as a case code, beside the field; nothing typed is lost.
  await form.getByLabel('Case code').fill('Maria Lopez');
  await form.getByLabel('Date', { exact: true }).fill('2026-11-02');
  await form.getByLabel('Presenting concern').fill('Panic attacks at work');
  await form.getByLabel('What was discussed').fill('Exposure pacing and the client’s avoidance');
  await form.getByLabel('Suicide or self-harm risk').check();
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(form.getByText('Use letters, digits, dots or dashes only (no spaces), like C-014 or JD.')).toBeVisible();
  await expect(form.getByLabel('Case code')).toBeFocused();
  await expect(form.getByLabel('Presenting concern')).toHaveValue('Panic attacks at work');

  await form.getByLabel('Case code').fill('C-014');
  await form.getByLabel('The supervisee’s own reactions').fill('Felt rushed, as the client does');
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByLabel('Action 1', { exact: true }).fill('Complete a safety plan');
  await form.getByLabel('Due by (1)').fill('2026-11-09');
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByLabel('Action 2', { exact: true }).fill('Read on interoceptive exposure');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The note on C-014 was saved.' })).toBeVisible();

  // The list shows the flag in words and two open actions.
  const row = page.getByRole('table', { name: 'Case notes' }).getByRole('row').nth(1);
  await expect(row).toContainText('11/02/2026');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Risk flags: Suicide or self-harm risk');
  await expect(row.getByRole('cell').nth(4)).toHaveText('2');
  // It is an open risk, named with its supervisee; both follow-ups are open, the dated one first.
  const risks = page.getByRole('table', { name: 'Open risks' });
  await expect(risks.getByRole('row').nth(1)).toContainText('Corvin Ashgrove');
  await expect(risks.getByRole('row').nth(1)).toContainText('C-014');
  const followUps = page.getByRole('table', { name: 'Open follow-ups' });
  await expect(followUps.getByRole('row').nth(1)).toContainText('Complete a safety plan');
  await expect(followUps.getByRole('row').nth(2)).toContainText('Read on interoceptive exposure');

  // A second note on the same case, a week later, without a flag: the thread reads in order and the
  // risk is no longer open.
  await row.getByRole('button', { name: 'Open case C-014' }).click();
  await page.getByRole('button', { name: 'Add a note to this case' }).click();
  const second = page.getByRole('form', { name: 'New case note' });
  await expect(second.getByLabel('Case code')).toHaveValue('C-014');
  await second.getByLabel('Date', { exact: true }).fill('2026-11-09');
  await second.getByLabel('What was discussed').fill('Safety plan in place; fewer attacks');
  await second.getByRole('button', { name: 'Save note' }).click();
  const thread = page.getByRole('article');
  await expect(thread).toHaveCount(2);
  await expect(thread.nth(0)).toContainText('11/02/2026');
  await expect(thread.nth(0)).toContainText('Felt rushed, as the client does');
  await expect(thread.nth(1)).toContainText('Safety plan in place; fewer attacks');
  await expect(page.getByText('No open risks.')).toBeVisible();

  // Ticking a follow-up off removes it from the open list; the other stays.
  await followUps.getByRole('button', { name: 'Mark done: Complete a safety plan' }).click();
  await expect(followUps.getByRole('row')).toHaveCount(2);
  await expect(followUps).toContainText('Read on interoceptive exposure');
  // A slip is undone from the notice, and done again.
  await page
    .getByRole('status')
    .filter({ hasText: 'Marked done: Complete a safety plan.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(followUps.getByRole('row')).toHaveCount(3);
  await followUps.getByRole('button', { name: 'Mark done: Complete a safety plan' }).click();
  await expect(followUps.getByRole('row')).toHaveCount(2);

  // Everyone's follow-ups: Delphine has none, Corvin's one remains.
  await page.getByLabel('Whose').selectOption('all');
  await expect(followUps.getByRole('row')).toHaveCount(2);

  // Delete the second note, with undo: the risk of the first is open again until undone.
  await page.getByRole('button', { name: 'Delete the 11/09/2026 note on C-014' }).click();
  await expect(risks.getByRole('row').nth(1)).toContainText('C-014');
  await page.getByRole('status').filter({ hasText: 'was deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No open risks.')).toBeVisible();

  // The next session logged with Corvin lists what is still open from his case notes.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  await page.getByLabel('Supervisee', { exact: true }).selectOption({ label: 'Corvin Ashgrove' });
  await page.getByRole('button', { name: 'Log session' }).click();
  const open = page.getByRole('note', { name: 'Open follow-ups from case notes' });
  await expect(open).toContainText('C-014: Read on interoceptive exposure');
  await expect(open).not.toContainText('Complete a safety plan');
});

test('the guard marks a phone number and a client’s name; the note is kept only edited or with a reason', async ({
  page,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Corvin Ashgrove');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const form = page.getByRole('form', { name: 'New case note' });
  await form.getByLabel('Case code').fill('K-7');
  await form
    .getByLabel('What was discussed')
    .fill('Client asked us to call 555-201-3344; her sister Rebecca may answer.');
  await form.getByRole('button', { name: 'Save note' }).click();
  const panel = page.getByRole('region', { name: 'This note may identify the client' });
  await expect(panel).toBeVisible();
  const marks = panel.locator('mark');
  await expect(marks).toHaveText(['possibly a phone or fax number: 555-201-3344', 'possibly a person’s name: Rebecca']);
  // Nothing was saved yet.
  await expect(page.getByText('No notes yet.')).toBeVisible();

  // Saving anyway needs a reason, asked for where the user is looking.
  await form.getByRole('button', { name: 'Save anyway' }).click();
  await expect(form.getByText('Say why they stay, or edit them out of the note.')).toBeVisible();
  await expect(form.getByLabel('Why keep them?')).toBeFocused();

  // The number is edited out; the name stays, with a reason.
  // Edited text is checked again: the button no longer offers to save "anyway".
  await form.getByLabel('What was discussed').fill('Client asked us to call her; her sister Rebecca may answer.');
  await expect(form.getByRole('button', { name: 'Save anyway' })).toHaveCount(0);
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(marks).toHaveText(['possibly a person’s name: Rebecca']);
  await form.getByLabel('Why keep them?').fill('The sister is the emergency contact');
  await form.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The note on K-7 was saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Open case K-7', exact: true }).click();
  await expect(page.getByRole('article')).toContainText('The sister is the emergency contact');
  // The next note starts clean: the last one's "saved" is not left standing over it.
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(page.getByRole('form', { name: 'New case note' })).toBeVisible();
  await expect(page.getByText('The note on K-7 was saved.')).toHaveCount(0);
});
