import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { addDays } from '../../src-main/contract/dates';
import { supervisees, supervisionSessions } from '../../src-main/db/schema';
import { addSupervisee, createVault, expect, test } from './fixtures';

test('log three sessions, watch the totals change, delete with undo, export CSV', async ({ page, bridge }) => {
  await createVault(page);
  await addSupervisee(page, 'Harlow Mossbank');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('0');

  // 1: individual, 60 minutes, 6 direct hours, 2 indirect.
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByLabel('Date').fill('2026-11-02');
  await page.getByLabel('Duration (minutes)').fill('60');
  await page.getByLabel('Direct hours 1').fill('6');
  await page.getByLabel('Indirect hours').fill('2');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1');
  await expect(page.getByTestId('total-direct')).toHaveText('6');
  // Each session shows its own direct and indirect hours and observation; the weeks show unfolded.
  const firstRow = page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1);
  await expect(firstRow.getByRole('cell').nth(4)).toHaveText('None');
  await expect(firstRow.getByRole('cell').nth(5)).toHaveText('6');
  await expect(firstRow.getByRole('cell').nth(6)).toHaveText('2');
  await expect(page.getByRole('table', { name: 'Weekly hours' })).toBeVisible();
  await expect(page.getByTestId('direct-by-activity')).toHaveText('Individual therapy 6');

  // 2: a group of two is refused next to the field; nothing typed is lost; then fixed.
  await page.keyboard.press('Control+Shift+L');
  await page.getByLabel('Date').fill('2026-11-04');
  await page.getByLabel('Format').selectOption('group');
  await page.getByLabel('People in the group').fill('2');
  await page.getByLabel('Duration (minutes)').fill('90');
  await page.getByLabel('Topics').fill('Group facilitation');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText('A group has at least 3 supervisees; use triadic for 2.')).toBeVisible();
  await expect(page.getByLabel('People in the group')).toBeFocused();
  await expect(page.getByLabel('Topics')).toHaveValue('Group facilitation');
  await expect(page.getByLabel('Duration (minutes)')).toHaveValue('90');
  await page.getByLabel('People in the group').fill('4');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('total-supervision')).toHaveText('2.5');

  // 3: "Repeat last session" copies the group session; a date in the future is refused.
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByRole('button', { name: 'Repeat last session' }).click();
  await expect(page.getByLabel('Format')).toHaveValue('group');
  await expect(page.getByLabel('Topics')).toHaveValue('Group facilitation');
  await page.getByLabel('Date').fill('2099-01-01');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText(/can't be logged for a day that hasn't happened yet/)).toBeVisible();
  await page.getByLabel('Date').fill('2026-11-06');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('4');
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(4);

  await page.getByRole('button', { name: 'Delete session of 11/06/2026' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('2.5');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('4');

  // Sign the week: the sessions in it become read-only, and the export carries the signature.
  await page.getByRole('button', { name: 'Sign a period…' }).click();
  await page.getByLabel('Period from').fill('2026-11-02');
  await page.getByLabel('Period to').fill('2026-11-08');
  await page.getByRole('button', { name: 'Sign period' }).click();
  await expect(page.getByText('Enter the supervisor’s name.')).toBeVisible();
  await expect(page.getByLabel('Supervisor name')).toBeFocused();
  await page.getByLabel('Supervisor name').fill('Sable Rookwood');
  await page.getByLabel('Supervisor licence').fill('LMFT 54321');
  await page.getByRole('button', { name: 'Sign period' }).click();
  const periods = page.getByRole('table', { name: 'Signed periods' });
  await expect(periods.getByRole('cell', { name: '11/02/2026 to 11/08/2026', exact: true })).toBeVisible();
  // The signed week's rows say so, and why Edit and Delete are unavailable, before any click.
  await expect(page.getByRole('button', { name: 'Delete session of 11/04/2026' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Edit session of 11/04/2026' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete session of 11/04/2026' })).toHaveAccessibleDescription(
    'Signed 11/02/2026 to 11/08/2026: reopen the period to change it.',
  );
  await expect(page.getByTestId('total-supervision')).toHaveText('4');
  // The reason wraps under the buttons: the table fits the page's column at the default window size.
  const table = page.getByRole('table', { name: 'Sessions' });
  const [tableWidth, columnWidth] = await table.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
  expect(tableWidth).toBeLessThanOrEqual(columnWidth);

  await page.getByRole('button', { name: 'Export sessions CSV…' }).click();
  await expect(
    page.getByText(/^Saved to .*\.csv\. It is not encrypted: keep it somewhere only you can reach\.$/),
  ).toBeVisible();
  const file = readdirSync(bridge.exportsDir).find((f) => f.startsWith('alliance-hours-sessions'))!;
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(bridge.exportsDir, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => [r.date, r.format, r.supervision_hours])).toEqual([
    ['2026-11-02', 'individual', '1'],
    ['2026-11-04', 'group', '1.5'],
    ['2026-11-06', 'group', '1.5'],
  ]);
  expect(rows.reduce((n, r) => n + Number(r.supervision_hours), 0)).toBe(4);
  expect(rows.map((r) => r.signed)).toEqual(['yes', 'yes', 'yes']);
  expect(rows[0]!.signature_sha256).toMatch(/^[0-9a-f]{64}$/);

  await page.getByRole('button', { name: 'Export PDF log…' }).click();
  await expect(page.getByText(/^Saved to .*\.pdf\. It is not encrypted/)).toBeVisible();
  const pdf = readdirSync(bridge.exportsDir).find((f) => f.endsWith('.pdf'))!;
  expect(readFileSync(join(bridge.exportsDir, pdf)).subarray(0, 5).toString()).toBe('%PDF-');

  // Reopening needs a reason; then the session can be deleted.
  await page.getByRole('button', { name: 'Reopen 11/02/2026 to 11/08/2026' }).click();
  await page.getByLabel('Reason for reopening').fill('short');
  await page.getByRole('button', { name: 'Reopen', exact: true }).click();
  await expect(page.getByText(/at least 10 characters/)).toBeVisible();
  await expect(page.getByText('Enter who is reopening it; it is kept with the period.')).toBeVisible();
  await page.getByLabel('Reason for reopening').fill('Wrong date on the Wednesday group');
  await page.getByLabel('Reopened by').fill('Dr. Alder Fenwick');
  await page.getByRole('button', { name: 'Reopen', exact: true }).click();
  await expect(periods.getByText('reopened', { exact: true })).toBeVisible();
  // The last message was about the signed period; reopening it ends that moment.
  await expect(page.getByText(/^Saved to .*\.pdf\./)).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete session of 11/04/2026' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('2.5');
  // A correction after reopening is not tampering: no red badge, and who reopened it and why.
  await expect(periods.getByText('reopened, changed')).toBeVisible();
  await expect(periods.getByText('changed since signing')).toHaveCount(0);
  await expect(periods.getByText('Reopened by Dr. Alder Fenwick: Wrong date on the Wednesday group')).toBeVisible();
});

test('the quick-log shortcut works from any view and Escape cancels', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Rowan Fallowmere');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('form', { name: 'Log a session' })).toBeVisible();
  await expect(page.getByLabel('Date')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Log a session' })).toHaveCount(0);
});

test('the quick log opens for the supervisee in view, and asks when none is', async ({ page, bridge }) => {
  await createVault(page);
  await addSupervisee(page, 'Rowan Fallowmere');
  await addSupervisee(page, 'Sable Underhill');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const form = page.getByRole('form', { name: 'Log a session' });

  // The second supervisee chosen on Sessions & hours: the form is theirs, and so is the session.
  await nav.getByRole('link', { name: 'Sessions & hours' }).click();
  // The view it opened first, so the label below is not the previous view's.
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  await page.getByLabel('Supervisee', { exact: true }).selectOption({ label: 'Sable Underhill' });
  await page.keyboard.press('Control+Shift+L');
  await expect(form.getByText('For Sable Underhill')).toBeVisible();
  await page.getByLabel('Date').fill('2026-11-03');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1');
  const db = bridge.core.vault.db();
  const idOf = (name: string) => db.select().from(supervisees).where(eq(supervisees.fullName, name)).get()!.id;
  const count = (name: string) =>
    db
      .select()
      .from(supervisionSessions)
      .where(eq(supervisionSessions.superviseeId, idOf(name)))
      .all().length;
  expect([count('Sable Underhill'), count('Rowan Fallowmere')]).toEqual([1, 0]);

  // From the supervisee's own page.
  await nav.getByRole('link', { name: 'Supervisees' }).click();
  await page.getByRole('link', { name: 'Rowan Fallowmere' }).click();
  await page.keyboard.press('Control+Shift+L');
  await expect(form.getByText('For Rowan Fallowmere')).toBeVisible();
  await page.keyboard.press('Escape');

  // From Settings no one is in view: it asks first, and refuses to guess.
  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('form', { name: 'Whose session?' })).toBeVisible();
  await expect(form).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Choose whose session you are logging.')).toBeVisible();
  await page
    .getByRole('form', { name: 'Whose session?' })
    .getByLabel('Supervisee')
    .selectOption({ label: 'Sable Underhill' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(form.getByText('For Sable Underhill')).toBeVisible();
});

test('the newest 50 sessions show first; the rest a page at a time', async ({ page, bridge }) => {
  await createVault(page);
  await addSupervisee(page, 'Wren Calloway');
  const db = bridge.core.vault.db();
  const who = db.select().from(supervisees).where(eq(supervisees.fullName, 'Wren Calloway')).get()!.id;
  // 53 weekly sessions from 2025-09-02 on: the newest is 2026-09-01.
  for (let i = 0; i < 53; i++) {
    const r = await bridge.core.registry.invoke(
      'sessions.create',
      {
        superviseeId: who,
        date: addDays('2025-09-02', 7 * i),
        durationMinutes: 60,
        format: 'individual',
        modality: 'in_person',
        hours: [],
      },
      { trusted: true },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  const rows = page.getByRole('table', { name: 'Sessions' }).getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText('09/01/2026');
  await expect(rows.nth(50)).toContainText('09/23/2025');
  await page.getByRole('button', { name: 'Show 3 older sessions' }).click();
  await expect(rows).toHaveCount(54);
  await expect(rows.nth(53)).toContainText('09/02/2025');
  await expect(page.getByRole('button', { name: /older session/ })).toHaveCount(0);
});

test('week hours: logged, seen in the log, a typo corrected, deleted and undone, and in the sessions CSV', async ({
  page,
  bridge,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Quill Elderwick');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await page.getByRole('button', { name: 'Log hours for a week' }).click();
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByText('Enter direct or indirect hours.')).toBeVisible();
  await page.getByLabel('Any day of the week').fill('2026-11-04');
  await expect(page.getByText('Counted for 11/02/2026 to 11/08/2026, on its Sunday.')).toBeVisible();
  await page.getByLabel('Family therapy').fill('30'); // meant 3
  await page.getByLabel('Group therapy').fill('4.5');
  await page.getByLabel('Indirect hours that week').fill('2');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByTestId('total-direct')).toHaveText('34.5');
  await expect(
    page.getByText(
      '4.5 direct (Group therapy) and 30 direct (Family therapy) and 2 indirect hours logged for the week of ' +
        '11/02/2026.',
    ),
  ).toBeVisible();

  // The week is in the log with its hours, and the typo can be corrected.
  const weeks = page.getByRole('table', { name: 'Week entries' });
  const row = weeks.getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('11/02/2026 to 11/08/2026');
  await expect(row.getByRole('cell').nth(1)).toHaveText('34.5');
  await expect(row.getByRole('cell').nth(2)).toHaveText('Family therapy 30 · Group therapy 4.5');
  await page.getByRole('button', { name: 'Edit hours for 11/02/2026 to 11/08/2026' }).click();
  const edit = page.getByRole('form', { name: 'Edit hours for the week of 11/02/2026' });
  await expect(edit.getByLabel('Family therapy')).toHaveValue('30');
  await expect(edit.getByLabel('Group therapy')).toBeFocused(); // the first box that holds hours
  await edit.getByLabel('Family therapy').fill('3');
  await edit.getByRole('button', { name: 'Save hours' }).click();
  await expect(
    page.getByText(/^Hours for the week of 11\/02\/2026 are now 4\.5 direct \(Group therapy\) and 3 direct/),
  ).toBeVisible();
  await expect(page.getByTestId('total-direct')).toHaveText('7.5');
  await expect(row.getByRole('cell').nth(1)).toHaveText('7.5');

  // The sessions CSV carries the week as its own row, so its sums match the screen.
  await page.getByRole('button', { name: 'Export sessions CSV…' }).click();
  await expect(page.getByText(/^Saved to .*\.csv/)).toBeVisible();
  const file = readdirSync(bridge.exportsDir).find((f) => f.startsWith('alliance-hours-sessions'))!;
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(bridge.exportsDir, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(
    rows.map((r) => [r.entry, r.date, r.week_start, r.direct_hours, r.direct_family_hours, r.indirect_hours]),
  ).toEqual([['week', '2026-11-08', '2026-11-02', '7.5', '3', '2']]);

  // Deleting is undoable, and the totals follow both ways.
  await page.getByRole('button', { name: 'Delete hours for 11/02/2026 to 11/08/2026' }).click();
  await expect(page.getByTestId('total-direct')).toHaveText('0');
  await expect(weeks).toHaveCount(0);
  await page
    .getByRole('status')
    .filter({ hasText: 'Hours for the week of 11/02/2026 deleted.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(page.getByTestId('total-direct')).toHaveText('7.5');
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');

  // Signing the week locks its entry at once, and reopening frees it, with no lock and unlock between.
  const editWeek = page.getByRole('button', { name: 'Edit hours for 11/02/2026 to 11/08/2026' });
  await page.getByRole('button', { name: 'Sign a period…' }).click();
  await page.getByLabel('Period from').fill('2026-11-02');
  await page.getByLabel('Period to').fill('2026-11-08');
  await page.getByLabel('Supervisor name').fill('Sable Rookwood');
  await page.getByLabel('Supervisor licence').fill('LMFT 54321');
  await page.getByRole('button', { name: 'Sign period' }).click();
  await expect(editWeek).toBeDisabled();
  await page.getByRole('button', { name: /^Reopen/ }).click();
  await page.getByLabel('Reason for reopening').fill('A late correction');
  await page.getByLabel('Reopened by').fill('Sable Rookwood');
  await page.getByRole('form', { name: 'Reopen period' }).getByRole('button', { name: 'Reopen', exact: true }).click();
  await expect(editWeek).toBeEnabled();
});

test('a month that cuts a week entry says where the week is counted', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Rook Fairweather');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await page.getByRole('button', { name: 'Log hours for a week' }).click();
  await page.getByLabel('Any day of the week').fill('2026-10-28'); // 26 Oct to 1 Nov
  await page.getByLabel('Individual therapy').fill('6');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await page.getByLabel('Period', { exact: true }).selectOption('custom');
  await page.getByLabel('From', { exact: true }).fill('2026-10-01');
  await page.getByLabel('To', { exact: true }).fill('2026-10-31');
  await expect(page.getByTestId('total-direct')).toHaveText('0');
  const note = page.getByRole('note', { name: 'Weeks crossing the range' });
  await expect(note).toContainText(
    'Week of 10/26/2026 to 11/01/2026 (6 direct, 0 indirect): it ends after this range and is counted in the next one.',
  );
  await page.getByLabel('From', { exact: true }).fill('2026-11-01');
  await page.getByLabel('To', { exact: true }).fill('2026-11-30');
  await expect(page.getByTestId('total-direct')).toHaveText('6');
  await expect(note).toContainText('it starts before this range and is counted here.');
});

test('every problem sits on its own field: the second hours row, indirect hours, an empty duration', async ({
  page,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Oriel Fenwick');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByLabel('Date').fill('2026-11-02');
  await page.getByLabel('Duration (minutes)').fill('');
  await page.getByLabel('Direct hours 1').fill('2');
  await page.getByRole('button', { name: 'Add direct activity' }).click();
  await page.getByLabel('Direct hours 2').fill('200');
  await page.getByLabel('Indirect hours').fill('-1');
  await page.getByRole('button', { name: 'Save session' }).click();

  const duration = page.getByLabel('Duration (minutes)');
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expect(duration).toHaveAccessibleDescription('Enter the length in minutes, like 60.');
  await expect(duration).toBeFocused();
  await expect(page.getByLabel('Direct hours 1')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Direct hours 2')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Direct hours 2')).toHaveAccessibleDescription(/More than 100 hours in one entry/);
  await expect(page.getByLabel('Indirect hours')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Indirect hours')).toHaveAccessibleDescription(/Hours must be more than 0\./);
  const shown = await page.locator('.field-error, .alert.error').allTextContents();
  expect(shown.length).toBe(3);
  for (const text of shown) expect(text).not.toMatch(/Invalid input|expected|NaN/);

  // Fixing them saves the session with the hours that were typed.
  await duration.fill('50');
  await page.getByLabel('Direct hours 2').fill('1.5');
  await page.getByLabel('Indirect hours').fill('1');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-direct')).toHaveText('3.5');
});

test('saving a session costs one write and only the reads the screen shows', async ({ page, bridge }) => {
  await createVault(page);
  await addSupervisee(page, 'Quillon Ashgrove');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('0');
  await expect(page.getByRole('heading', { name: 'Signed periods' })).toBeVisible();
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByLabel('Date').fill('2026-11-02');
  await page.getByLabel('Duration (minutes)').fill('90');
  await page.getByLabel('Direct hours 1').fill('3');

  const before = bridge.calls.length;
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1.5');
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(2);
  // Let any straggling refetch arrive before counting.
  await page.waitForTimeout(300);
  const made = bridge.calls.slice(before);
  expect(made.filter((c) => c === 'sessions.create')).toHaveLength(1);
  // The new session is put into the list and "last session" from the value the write returned;
  // the totals and the requirements are computed in main, so those two are read again; signed
  // periods (re-hashed on every read) are not, since a new session cannot touch a signed one.
  expect([...made].sort()).toEqual(['hours.summary', 'rules.evaluate', 'sessions.create']);
});

test('a message belongs to its moment: another supervisee does not see "Saved to" from the last', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Tamsin Greywater');
  await addSupervisee(page, 'Ulric Brackenfield');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  await page.getByLabel('Supervisee', { exact: true }).selectOption({ label: 'Tamsin Greywater' });
  await page.getByRole('button', { name: 'Export sessions CSV…' }).click();
  await expect(page.getByText(/^Saved to .*alliance-hours-sessions/)).toBeVisible();
  await page.getByLabel('Supervisee', { exact: true }).selectOption({ label: 'Ulric Brackenfield' });
  await expect(page.getByText(/^Saved to /)).toHaveCount(0);
  // Back on the first, the message was about a moment that has passed: it is not shown again.
  await page.goBack();
  await expect(page.getByRole('option', { name: 'Tamsin Greywater', selected: true })).toBeAttached();
  await expect(page.getByText(/^Saved to /)).toHaveCount(0);
});

test('a session before supervision started is questioned, and saved only when confirmed', async ({ page, bridge }) => {
  await createVault(page);
  await addSupervisee(page, 'Vale Honeysett'); // supervision from 2025-09-01
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByLabel('Date').fill('2025-08-15');
  await expect(page.getByText('This is before their supervision started (09/01/2025).')).toBeVisible();
  const before = bridge.calls.length;
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText('Check the date, or tick “Log it anyway” below it.')).toBeVisible();
  await expect(page.getByLabel('Date')).toBeFocused();
  expect(bridge.calls.slice(before)).not.toContain('sessions.create');
  await page.getByLabel('Log it anyway').check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1');
});

test('the quick log prefills their usual session, marked as such; "Repeat last" copies the last on request', async ({
  page,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Wren Ashdown');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  const form = page.getByRole('form', { name: 'Log a session' });
  async function logSession(date: string, format: string, modality: string) {
    await page.getByRole('button', { name: 'Log session' }).click();
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Format').selectOption(format);
    if (format === 'group') await form.getByLabel('People in the group').fill('4');
    await form.getByLabel('Modality').selectOption(modality);
    await form.getByRole('button', { name: 'Save session' }).click();
    await expect(form).toHaveCount(0);
  }
  // Nothing logged yet: plain defaults, nothing marked.
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(form.locator('.prefilled')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await logSession('2026-11-02', 'individual', 'video');
  await logSession('2026-11-09', 'individual', 'video');
  await logSession('2026-11-16', 'group', 'in_person'); // the odd one out, and the last

  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(form.getByLabel('Format')).toHaveValue('individual');
  await expect(form.getByLabel('Modality')).toHaveValue('video');
  await expect(form.getByLabel('Modality')).toHaveClass(/prefilled/);
  await expect(form.getByLabel('Modality')).toHaveAccessibleDescription('Their usual');
  await form.getByLabel('Modality').selectOption('phone');
  await expect(form.getByLabel('Modality')).not.toHaveClass(/prefilled/);
  await expect(form.getByLabel('Format')).toHaveClass(/prefilled/);

  await form.getByRole('button', { name: 'Repeat last session' }).click();
  await expect(form.getByLabel('Format')).toHaveValue('group');
  await expect(form.getByLabel('People in the group')).toHaveValue('4');
  await expect(form.getByLabel('Modality')).toHaveValue('in_person');
  await expect(form.getByLabel('Format')).toHaveAccessibleDescription('As last session');
});

// One date format, the system's: the same session reads 02.11.2026 in Germany and 02/11/2026 in
// the UK, in the table and in main's messages alike (the other tests pin en-US: 11/02/2026).
for (const [locale, shown] of [
  ['de-DE', '02.11.2026'],
  ['en-GB', '02/11/2026'],
] as const)
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test(`dates read ${shown}`, async ({ page }) => {
      await createVault(page);
      await addSupervisee(page, 'Orrin Tamsworth');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
      await page.getByRole('button', { name: 'Log session' }).click();
      await page.getByLabel('Date').fill('2026-11-02');
      await page.getByLabel('Duration (minutes)').fill('60');
      await page.getByRole('button', { name: 'Save session' }).click();
      const firstRow = page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1);
      await expect(firstRow.getByRole('cell').nth(0)).toHaveText(shown);
      await expect(page.getByRole('table', { name: 'Sessions' })).not.toContainText('2026-11-02');
    });
  });

test('a cancelled session is logged with no hours; hours on it are refused beside its attendance', async ({ page }) => {
  await createVault(page);
  await addSupervisee(page, 'Briony Thackeray');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions & hours' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByLabel('Date').fill('2026-11-02');
  await page.getByLabel('Duration (minutes)').fill('60');
  await page.getByLabel('Direct hours 1').fill('5');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1');

  // Cancelled late, with hours typed by habit: refused where attendance is chosen, nothing lost.
  await page.keyboard.press('Control+Shift+L');
  await page.getByLabel('Date').fill('2026-11-04');
  await page.getByLabel('Attendance').selectOption('cancelled_late');
  await expect(page.getByText('Counts no hours and does not keep the agreed frequency.')).toBeVisible();
  await page.getByLabel('Direct hours 1').fill('3');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(
    page.getByText('A session that did not take place has no client hours; log them for their week instead.'),
  ).toBeVisible();
  await expect(page.getByLabel('Direct hours 1')).toHaveValue('3');
  await page.getByLabel('Direct hours 1').fill('');
  await page.getByRole('button', { name: 'Save session' }).click();
  const table = page.getByRole('table', { name: 'Sessions' });
  await expect(table.getByRole('row', { name: /Cancelled late/ })).toBeVisible();
  // Totals unchanged: one held hour of supervision, 5 direct hours, one session.
  await expect(page.getByTestId('total-supervision')).toHaveText('1');
  await expect(page.getByTestId('total-direct')).toHaveText('5');

  // Partly held: the label asks for the minutes held, and only they count.
  await page.keyboard.press('Control+Shift+L');
  await page.getByLabel('Date').fill('2026-11-05');
  await page.getByLabel('Attendance').selectOption('partial');
  await page.getByLabel('Minutes held').fill('30');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1.5');
});
