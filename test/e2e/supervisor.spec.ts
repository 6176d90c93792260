// The supervisor's own page, typed through as a supervisor would: a licence coming up for renewal,
// the supervision training logged against it, a self-assessment, and This week's reminder.
import { addDays, localToday } from '../../src-main/contract/dates';
import { dateText } from '../../src-renderer/src/app/format';
import { createVault, expect, openView, test } from './fixtures';

test('a licence, its renewal training and a self-assessment; what falls due is listed and This week reminds', async ({
  page,
}) => {
  await createVault(page);
  await openView(page, 'Your licence & duties');
  await expect(page.getByRole('heading', { name: 'Your licence & duties', level: 1 })).toBeVisible();
  const today = localToday();
  const expires = addDays(today, 20);

  await page.getByRole('button', { name: 'Add a licence' }).click();
  const form = page.getByRole('form', { name: 'Add a licence' });
  await form.getByRole('button', { name: 'Add licence' }).click();
  await expect(form.getByText('Name the licence, like "LMFT".')).toBeVisible();
  await form.getByLabel('Licence', { exact: true }).fill('LMFT');
  await form.getByLabel('Licence number').fill('00000');
  await form.getByLabel('Board or state').fill('California');
  await form.getByLabel('Last renewed').fill(addDays(today, -700));
  await form.getByLabel('Expires').fill(expires);
  await form.getByLabel('Supervision training each renewal (hours)').fill('6');
  await form.getByRole('button', { name: 'Add licence' }).click();
  const licences = page.getByRole('table', { name: 'Licences' });
  await expect(licences.getByRole('row', { name: /LMFT 00000/ })).toContainText('0 of 6 hours');

  // A training day not yet come is refused beside it; then 2 hours, a month ago.
  const training = page.getByRole('form', { name: 'Log supervision training' });
  await training.getByLabel('Training', { exact: true }).fill('Supervision ethics workshop');
  await training.getByLabel('Day it took place').fill(addDays(today, 3));
  await training.getByLabel('Hours').fill('2');
  await training.getByRole('button', { name: 'Log training' }).click();
  await expect(training.getByText('That day has not happened yet.')).toBeVisible();
  await training.getByLabel('Day it took place').fill(addDays(today, -30));
  await training.getByRole('button', { name: 'Log training' }).click();
  await expect(licences.getByRole('row', { name: /LMFT 00000/ })).toContainText('2 of 6 hours');

  const self = page.getByRole('form', { name: 'Record a self-assessment' });
  await self.getByLabel('Done on').fill(addDays(today, -10));
  await self.getByLabel('Next due').fill(addDays(today, 25));
  await self.getByRole('button', { name: 'Record self-assessment' }).click();
  await expect(page.getByTestId('self-assessment')).toHaveText(
    `Last done ${dateText(addDays(today, -10))}; next due ${dateText(addDays(today, 25))}.`,
  );

  const due = page.getByRole('list', { name: 'Coming due' });
  await expect(due.getByRole('listitem')).toHaveText([
    `${dateText(expires)}: 2 of 6 hours of supervision training for renewing LMFT 00000. `,
    `${dateText(expires)}: LMFT 00000 expires on ${dateText(expires)}. `,
    `${dateText(addDays(today, 25))}: Your supervisor self-assessment is due on ${dateText(addDays(today, 25))}. `,
  ]);

  await openView(page, 'This week');
  const duties = page.getByRole('region', { name: /^Your duties/ });
  await expect(duties).toContainText(`LMFT 00000 expires on ${dateText(expires)}.`);
  await expect(duties).toContainText('Your supervisor self-assessment is due');
});
