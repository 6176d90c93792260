// Bringing in past hours from a hand-made spreadsheet, as a supervisor switching from another tracker
// would: CSV and Excel, with a few bad rows named by row and column, nothing written until they are
// fixed or left out, and the totals on screen equal to the spreadsheet's own sums.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('a hand-made CSV and an Excel workbook come in through the mapping and the preview', async ({ page, bridge }) => {
  await createVault(page);
  await addSupervisee(page, 'Linnet Farrowdale');
  await openView(page, 'Sessions & hours');
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();

  const csv = join(bridge.exportsDir, 'old-tracker.csv');
  writeFileSync(
    csv,
    [
      'When,Length,Kind,Therapy hours,Paperwork',
      '2026-10-05,60,individual,6,1.5',
      '2026-10-12,45,triadic,3.5,1',
      '2026-10-14,50,individual,-2,',
      '2026-10-19,,,5.5,2',
      '2026-10-21,60,lecture,1,',
    ].join('\n'),
  );
  bridge.nextFileToOpen = csv;
  await page.getByRole('button', { name: 'Bring in past hours…' }).click();
  const panel = page.getByRole('region', { name: 'Bring in past hours' });
  await panel.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(panel.getByText('old-tracker.csv')).toBeVisible();
  await panel.getByLabel('Date column').selectOption('When');
  await panel.getByLabel('Minutes column').selectOption('Length');
  await panel.getByLabel('Format column').selectOption('Kind');
  await panel.getByRole('button', { name: 'Add an hours column' }).click();
  await panel.getByLabel('Hours column 1', { exact: true }).selectOption('Therapy hours');
  await panel.getByRole('button', { name: 'Add an hours column' }).click();
  await panel.getByLabel('Hours column 2', { exact: true }).selectOption('Paperwork');
  await panel.getByLabel('Hours column 2 holds').selectOption('indirect');

  // Rows 4 and 6 are refused, each by its column; nothing can be imported until they are left out.
  const rows = panel.getByRole('table', { name: 'Rows as they will be saved' });
  await expect(rows.getByRole('row', { name: /^4 .*Therapy hours: Hours must be more than 0\./ })).toBeVisible();
  await expect(rows.getByRole('row', { name: /^6 .*Kind: “lecture” is not a format/ })).toBeVisible();
  await expect(panel.getByTestId('history-summary')).toHaveText(
    '3 rows accepted, 2 refused. The accepted rows add up to 2 held sessions (1.75 hours of supervision), ' +
      '15 direct and 4.5 indirect hours.',
  );
  const importButton = panel.getByRole('button', { name: 'Import 3 rows' });
  await expect(importButton).toBeDisabled();
  await expect(page.getByTestId('total-supervision')).toHaveText('0');
  await panel.getByLabel(/Leave out the 2 refused rows/).check();
  await panel.getByLabel('Save this mapping as').fill('Old tracker');
  await panel.getByRole('button', { name: 'Save mapping' }).click();
  await expect(panel.getByText('Mapping “Old tracker” saved.')).toBeVisible();
  await importButton.click();
  await expect(panel.getByText(/^Brought in 2 held sessions \(1\.75 hours of supervision\), 15 direct/)).toBeVisible();
  // The spreadsheet's sums, by hand: 60 + 45 minutes; 6 + 3.5 + 5.5 direct; 1.5 + 1 + 2 indirect.
  await expect(page.getByTestId('total-supervision')).toHaveText('1.75');
  await expect(page.getByTestId('total-direct')).toHaveText('15');

  // An Excel workbook with the same columns, mapped by the saved mapping: one bad date.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Log');
  sheet.addRow(['When', 'Length', 'Kind', 'Therapy hours', 'Paperwork']);
  sheet.addRow([new Date(Date.UTC(2026, 10, 2)), 90, 'Group', 4, 1]);
  sheet.addRow(['2026-02-30', 60, 'individual', 2, null]);
  const xlsx = join(bridge.exportsDir, 'more.xlsx');
  writeFileSync(xlsx, Buffer.from(await book.xlsx.writeBuffer()));
  bridge.nextFileToOpen = xlsx;
  await panel.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(panel.getByText('more.xlsx')).toBeVisible();
  await panel.getByLabel('Use a saved mapping').selectOption('Old tracker');
  await expect(rows.getByRole('row', { name: /^3 .*When: “2026-02-30” is not a day of the calendar\./ })).toBeVisible();
  await panel.getByLabel(/Leave out the 1 refused row/).check();
  await panel.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('3.25');
  await expect(page.getByTestId('total-direct')).toHaveText('19');
});

test('Alliance’s own sessions and weekly CSVs, exported from one supervisee, come back to the same totals', async ({
  page,
  bridge,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Corin Ashgrove');
  await addSupervisee(page, 'Delphine Marrow');
  await addSupervisee(page, 'Ellery Vanstone');
  await openView(page, 'Sessions & hours');
  await expect(page.getByRole('heading', { name: 'Sessions & hours', level: 1 })).toBeVisible();
  const picker = page.getByLabel('Supervisee', { exact: true });
  await picker.selectOption({ label: 'Corin Ashgrove' });

  // Two sessions and a week of hours, typed in.
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByLabel('Date').fill('2026-11-02');
  await page.getByLabel('Duration (minutes)').fill('60');
  await page.getByLabel('Direct hours 1').fill('6');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1');
  await page.keyboard.press('Control+Shift+L');
  await page.getByLabel('Date').fill('2026-11-04');
  await page.getByLabel('Format').selectOption('group');
  await page.getByLabel('People in the group').fill('4');
  await page.getByLabel('Duration (minutes)').fill('90');
  await page.getByLabel('Indirect hours').fill('2');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('2.5');
  await page.getByRole('button', { name: 'Log hours for a week' }).click();
  await page.getByLabel('Any day of the week').fill('2026-11-10');
  await page.getByLabel('Family therapy').fill('3');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByTestId('total-direct')).toHaveText('9');

  await page.getByRole('button', { name: 'Export sessions CSV…' }).click();
  await expect(page.getByText(/^Saved to .*\.csv\./)).toBeVisible();
  await page.getByRole('button', { name: 'Export weekly CSV…' }).click();
  await expect(page.getByText(/^Saved to .*weekly.*\.csv\./)).toBeVisible();
  const exported = (kind: string) =>
    join(
      bridge.exportsDir,
      readdirSync(bridge.exportsDir).find((f) => f.startsWith(`alliance-hours-${kind}`))!,
    );

  for (const [who, kind] of [
    ['Delphine Marrow', 'sessions'],
    ['Ellery Vanstone', 'weekly'],
  ] as const) {
    await picker.selectOption({ label: who });
    await expect(page.getByTestId('total-supervision')).toHaveText('0');
    bridge.nextFileToOpen = exported(kind);
    await page.getByRole('button', { name: 'Bring in past hours…' }).click();
    const panel = page.getByRole('region', { name: 'Bring in past hours' });
    await panel.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(panel.getByTestId('recognised')).toContainText(`Alliance ${kind} CSV`);
    await expect(panel.getByTestId('history-summary')).toContainText('0 refused');
    await panel.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
    await expect(panel.getByText(/^Brought in/)).toBeVisible();
    // 60 + 90 minutes of supervision, 6 + 3 direct and 2 indirect hours, as typed above.
    await expect(page.getByTestId('total-supervision')).toHaveText('2.5');
    await expect(page.getByTestId('total-direct')).toHaveText('9');
    await panel.getByRole('button', { name: 'Close' }).click();
  }
});
