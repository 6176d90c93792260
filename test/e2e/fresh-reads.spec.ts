// Reads refreshed by the tables a write touched (docs/architecture.md): views already read and
// cached show a record saved elsewhere without a reload, and a save reads again only what its own
// screen shows. No view's code names another's reads; these are the proofs that none needs to.
import { addDays, localToday } from '../../src-main/contract/dates';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('a note saved on its screen is fresh on This week, the timeline and the person’s page', async ({
  page,
  bridge,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Perrin Hollowell');
  const today = localToday();
  // Every view read once, empty, so each holds a cached answer from before the note.
  await openView(page, 'This week');
  await expect(page.getByRole('region', { name: /Open risk flags/ })).toBeVisible();
  await openView(page, 'Timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  await openView(page, 'Supervisees');
  // The list, not the timeline's rows that name the person while the view changes.
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Perrin Hollowell', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Recently' })).toBeVisible();

  await openView(page, 'Case notes');
  await page.getByRole('button', { name: 'New note' }).click();
  const form = page.getByRole('form', { name: 'New case note' });
  await form.getByLabel('Case code').fill('C-311');
  await form.getByLabel('Date', { exact: true }).fill(addDays(today, -4));
  await form.getByLabel('Presenting concern').fill('Sleep');
  await form.getByLabel('Safeguarding or mandated report').check();
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByLabel('Action 1', { exact: true }).fill('Phone the school');
  await form.getByLabel('Due by (1)').fill(addDays(today, -1));
  const before = bridge.calls.length;
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The note on C-311 was saved.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Open risks' })).toContainText('C-311');
  await expect(page.getByRole('table', { name: 'Open follow-ups' })).toContainText('Phone the school');
  // Let any straggling refetch arrive before counting.
  await page.waitForTimeout(300);
  const made = bridge.calls.slice(before).filter((c) => !c.startsWith('drafts.'));
  // The guard's look, the write, and the two lists beside the form; the notes list took the saved
  // note from the reply, and the views not on screen wait until they are shown.
  expect([...made].sort()).toEqual(['actions.open', 'notes.create', 'notes.findIdentifiers', 'notes.openRisks']);

  await openView(page, 'This week');
  await expect(page.getByRole('region', { name: /Open risk flags/ })).toContainText('case C-311');
  await expect(page.getByRole('region', { name: /Overdue action items/ })).toContainText('Phone the school');
  await openView(page, 'Timeline');
  await expect(page.getByRole('main')).toContainText('C-311');
  await openView(page, 'Supervisees');
  // The list, not the timeline's rows that name the person while the view changes.
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Perrin Hollowell', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Recently' })).toContainText('Case note');
  await expect(page.getByRole('region', { name: 'Open action items' })).toContainText('Phone the school');
});
