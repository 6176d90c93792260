// Competencies as a supervisor uses them: import a framework from CSV (a bad row refused by row and
// column first), rate a supervisee at two review points with evidence, finalise both, see the
// change and the drop on the growth view, record check-ins and see a drop flagged, record the
// constellation, and export the growth report and read it back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';
import { pdfText } from './read-pdf';

test('import a framework, rate twice with evidence, see growth and the alliance, export the report', async ({
  page,
  bridge,
}) => {
  await createVault(page);
  await addSupervisee(page, 'Tamsin Holloway');

  // A session to point evidence at.
  await openView(page, 'Sessions & hours');
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByLabel('Date').fill('2026-02-23');
  await page.getByLabel('Duration (minutes)').fill('60');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('total-supervision')).toHaveText('1');

  // The framework, from a CSV file: a missing code and a repeated one are refused by row and column.
  await openView(page, 'Competencies');
  await page.getByRole('button', { name: 'Frameworks' }).click();
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  await page.getByLabel('Name (for a CSV file)').fill('Our practicum');
  await page.getByLabel('Lowest level').fill('1');
  await page.getByLabel('Highest level').fill('4');
  await page.getByLabel('Half levels allowed').check();
  const bad = join(bridge.exportsDir, 'practicum-bad.csv');
  writeFileSync(
    bad,
    'code,competency,group\nREL,Builds a working relationship,Core\n,Gathers an intake,Core\nREL,Screens risk,Core\n',
  );
  bridge.nextFileToOpen = bad;
  await page.getByRole('button', { name: 'Choose a CSV or JSON file…' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Row 3, column “code”: Give each competency a short code.');
  await expect(problems).toContainText('Row 4, column “code”: the code REL is also on row 2.');
  const good = join(bridge.exportsDir, 'practicum.csv');
  writeFileSync(
    good,
    'code,competency,group\nREL,Builds a working relationship,Core\nASM,Gathers an intake,Core\nETH,Seeks ' +
      'consultation on ethics,Core\n',
  );
  bridge.nextFileToOpen = good;
  await page.getByRole('button', { name: 'Choose a CSV or JSON file…' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported Our practicum with 3 competencies.');
  await expect(page.getByRole('table', { name: 'Frameworks' })).toContainText('Our practicum · version 1');
  await page.getByRole('button', { name: 'Close' }).click();

  // The first review, with evidence picked from the list; finalised.
  const rate = async (code: string, level: string, comment: string) => {
    const row = page.getByRole('group', { name: new RegExp(`^${code} `) });
    await row.getByLabel('Level').selectOption(level);
    await row.getByLabel(`Comment on ${code}`).fill(comment);
    return row;
  };
  await page.getByRole('button', { name: 'Start a review' }).click();
  await page.getByLabel('Framework').selectOption({ label: 'Our practicum (version 1)' });
  await page.getByLabel('Review date').fill('2026-03-02');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByRole('heading', { name: 'Review of 03/02/2026 · Our practicum (version 1)' })).toBeVisible();
  const rel = await rate('REL', '2', 'Warm with most clients');
  await rel
    .getByLabel('Add evidence for REL')
    .selectOption({ label: 'Session, 02/23/2026: Individual supervision, 60 min' });
  await expect(rel.getByRole('list', { name: 'Evidence for REL' })).toContainText('Session, 02/23/2026');
  await rate('ASM', '1.5', 'Intakes run long');
  await rate('ETH', '2', 'Asks before acting');
  await page.getByLabel('Strengths').fill('Warm, prepared and open in supervision.');
  await page.getByLabel('Limitations and areas for growth').fill('Intakes run long; pacing.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Draft saved.');
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('button', { name: 'Finalise now' }).click();
  await expect(page.getByText('Unchanged since it was finalised.')).toBeVisible();
  await expect(page.locator('code.hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByLabel('Strengths')).toBeDisabled();

  // The second review: the previous level beside each, a drop flagged as it is chosen.
  await page.getByRole('link', { name: '← Back to growth' }).click();
  await page.getByRole('button', { name: 'Start a review' }).click();
  await page.getByLabel('Review date').fill('2026-09-01');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByRole('heading', { name: /^Review of 09\/01\/2026/ })).toBeVisible();
  await rate('REL', '3', 'Repairs ruptures now');
  await rate('ASM', '2.5', 'Intakes on time');
  const eth = await rate('ETH', '1.5', 'Missed a consent step');
  await expect(eth).toContainText('Before: 2');
  await expect(eth.getByText('Dropped −0.5')).toBeVisible();
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('button', { name: 'Finalise now' }).click();
  await expect(page.getByText('Unchanged since it was finalised.')).toBeVisible();

  // The growth view: levels over time in the table, the change and the drop beside the radar.
  await page.getByRole('link', { name: '← Back to growth' }).click();
  const heat = page.getByRole('table', { name: 'Every competency at every review' });
  await expect(heat.getByRole('row', { name: /^REL/ })).toHaveText(/REL\s*2\s*3/);
  const change = page.getByRole('table', { name: 'Change since the previous review' });
  await expect(change.getByRole('row', { name: /^ASM/ })).toContainText('+1');
  await expect(change.getByRole('row', { name: /^ETH/ })).toContainText('Dropped −0.5');
  // The drop is the first row, above every rise, and the table is shown whole, not in a scroll box.
  await expect(change.getByRole('row').nth(1)).toContainText('ETH');
  const box = change.locator('xpath=..');
  expect(await box.evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
  await expect(page.getByRole('img', { name: /^Latest review against the previous one\./ })).toHaveAttribute(
    'aria-label',
    /2 competencies rose, 1 dropped \(ETH\)/,
  );
  const reviews = page.getByRole('table', { name: 'Reviews' });
  await expect(reviews.getByRole('row', { name: /09\/01\/2026/ })).toContainText('Final');

  // Alliance check-ins: three steady ones, then goals fall to 5 and the drop is flagged.
  for (const [day, goals] of [
    ['2026-01-05', '8'],
    ['2026-01-12', '8'],
    ['2026-01-19', '8'],
    ['2026-01-26', '5'],
  ] as const) {
    await page.getByRole('button', { name: 'Record a check-in' }).click();
    const form = page.getByRole('form', { name: 'Alliance check-in' });
    await form.getByLabel('Date').fill(day);
    await form.getByLabel('After the session').selectOption('');
    await form.getByLabel('We agree on what we are working toward').fill(goals);
    await form.getByLabel('We agree on how we use our time together').fill('8');
    await form.getByLabel('We trust and respect each other').fill('9');
    await form.getByRole('button', { name: 'Save the check-in' }).click();
    await expect(form).toBeHidden();
  }
  const recent = page.getByRole('table', { name: 'Recent check-ins' });
  await expect(recent.getByRole('row', { name: /01\/26\/2026/ })).toContainText('Dropped: goals');
  await expect(recent.getByRole('row', { name: /01\/19\/2026/ })).not.toContainText('Dropped');
  await expect(page.getByRole('img', { name: /^Alliance trend\./ })).toHaveAttribute('aria-label', /1 flagged/);

  // Feedback received, with what changed.
  await page.getByRole('button', { name: 'Record feedback' }).click();
  await page.getByLabel('What you were told').fill('More time on cases, please');
  await page.getByLabel('What you changed').fill('Cases come first now');
  await page.getByRole('button', { name: 'Save the feedback' }).click();
  await expect(page.getByRole('region', { name: 'Feedback received' })).toContainText('Changed: Cases come first now');

  // The growth report, read back from the PDF.
  // A report needs a title: refused at the title field, not beside the button.
  await page.getByLabel('Report title').fill('');
  await page.getByRole('button', { name: 'Growth report (PDF)…' }).click();
  await expect(page.getByLabel('Report title')).toHaveAccessibleDescription('Give the report a title.');
  await page.getByLabel('Report title').fill('Mid-year assessment 2026');
  await page.getByRole('button', { name: 'Growth report (PDF)…' }).click();
  const saved = page.getByText(/^Growth report saved to /);
  await expect(saved).toBeVisible();
  await expect(saved).toContainText('It is not encrypted');
  const path = /^Growth report saved to (.+\.pdf)\. It is not encrypted/.exec((await saved.textContent())!)![1]!;
  const text = pdfText(path);
  expect(text).toContain('Mid-year assessment 2026');
  expect(text).toContain('Supervisee: Tamsin Holloway');
  expect(text).toMatch(/REL Builds a working relationship\s+2\s+3\s+\+1\s+Repairs ruptures now/);
  expect(text).toMatch(/ETH Seeks consultation on ethics\s+2\s+1\.5\s+–0\.5/);
  expect(text).toContain('Supervisor signature');

  // The constellation on the supervisee's page.
  await openView(page, 'Supervisees');
  await page.getByRole('link', { name: 'Tamsin Holloway' }).click();
  const who = page.getByRole('region', { name: 'Who else holds them' });
  await who.getByRole('button', { name: 'Add a person' }).click();
  await who.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(who.getByText('Give their name or how you refer to them.')).toBeVisible();
  await who.getByLabel('Name').fill('Dr. Placeholder');
  await who.getByLabel('Role').selectOption({ label: 'Site supervisor' });
  await who.getByLabel('What they cover').fill('Casework at the clinic');
  await who.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(who).toContainText('Dr. Placeholder · Site supervisor · Casework at the clinic');
});
