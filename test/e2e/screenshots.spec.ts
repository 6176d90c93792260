// `npm run screenshots`: a PNG of every view with sample data, light and dark, into build/screenshots/.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { manySessionsFile } from '../helpers/records';
import { expect, PASSPHRASE, test } from './fixtures';

const OUT = resolve(__dirname, '..', '..', 'build', 'screenshots');
mkdirSync(OUT, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`every view in ${scheme} mode`, async ({ page, bridge }) => {
    // About forty views and forms, each opened and drawn: room for a busy machine.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

    await page.goto('/');
    await page.getByLabel('Passphrase', { exact: true }).fill('lantern juniper');
    await shot('create-vault');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByTestId('recovery-key')).toBeVisible();
    await shot('recovery-key');
    await page.getByLabel('I have stored my recovery key somewhere safe.').check();
    await page.getByRole('button', { name: 'Continue to Alliance' }).click();

    await expect(page.getByRole('table', { name: 'Hours across supervisees' })).toBeVisible();
    await shot('week');
    await nav('Supervisees');
    await expect(page.getByRole('table', { name: 'Supervisees' })).toBeVisible();
    await shot('supervisees');
    await page.getByRole('button', { name: 'Add supervisee' }).click();
    await page.getByLabel('Full name').fill('Perrin Quarrington');
    await page.getByLabel('Supervision start').fill('2026-06-01');
    await page.getByLabel('Supervision end').fill('2026-01-01');
    await page.getByRole('button', { name: 'Save supervisee' }).click();
    await expect(page.getByText('The end date must be on or after the start date.')).toBeVisible();
    await shot('supervisee-form-error');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('table', { name: 'Supervisees' }).getByRole('link').first().click();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    await shot('supervisee-detail');
    await page.getByRole('region', { name: 'Goals' }).evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('supervisee-goals');
    // The licensure forecast, with a pace tried.
    const forecast = page.getByTestId('forecast');
    await forecast.getByLabel('What if: direct hours a week').fill('15');
    await expect(forecast.getByTestId('forecast-what-if')).toBeVisible();
    await forecast.evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('supervisee-forecast');
    // The archive: the card, then the written file opened on its own, locked and then read.
    const archive = page.getByRole('form', { name: 'Archive file' });
    await archive.evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('supervisee-archive');
    await archive.getByRole('button', { name: 'Export an archive…' }).click();
    const archiveSaved = archive.getByText(/^Saved to /);
    await expect(archiveSaved).toBeVisible();
    const archivePath = (await archiveSaved.textContent())!.replace(/^Saved to /, '').replace(/\.html\. .*$/, '.html');
    const viewer = await page.context().newPage();
    await viewer.setViewportSize(page.viewportSize()!);
    await viewer.emulateMedia({ colorScheme: scheme });
    await viewer.goto(pathToFileURL(archivePath).href);
    await viewer.screenshot({ path: join(OUT, `archive-unlock-${scheme}.png`) });
    await viewer.getByLabel('Passphrase or recovery key').fill(PASSPHRASE);
    await viewer.getByRole('button', { name: 'Open' }).click();
    await expect(viewer.getByRole('heading', { level: 1, name: /^Alliance archive: / })).toBeVisible();
    await viewer.screenshot({ path: join(OUT, `archive-records-${scheme}.png`) });
    await viewer.getByRole('table', { name: 'Week by week' }).evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await viewer.screenshot({ path: join(OUT, `archive-weeks-${scheme}.png`) });
    await viewer.close();
    await page.getByRole('region', { name: 'Supervision agreement' }).getByRole('button', { name: 'Amend' }).click();
    await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
    await page.getByRole('form', { name: /Amend the agreement/ }).evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('supervisee-agreement-amend');
    await page.keyboard.press('Escape');

    for (const [label, file] of [
      ['Timeline', 'timeline'],
      ['Sessions & hours', 'sessions'],
      ['Case notes', 'case-notes'],
      ['Competencies', 'competencies'],
      ['Settings', 'settings'],
    ] as const) {
      await nav(label);
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      if (file === 'sessions') await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
      if (file === 'timeline') await expect(page.locator('a.timeline-event').first()).toBeVisible();
      await shot(file);
      if (file === 'timeline') {
        const who = page.getByLabel('Whose timeline');
        await who.selectOption({
          label: (await who.locator('option').nth(1).textContent())!,
        });
        await page.getByLabel('Go to date').fill('2026-06-30');
        await page.getByRole('button', { name: 'Go', exact: true }).click();
        await expect(page.getByText(/^Starting at /)).toBeVisible();
        await shot('timeline-supervisee');
        await page.getByLabel('Risk flags').selectOption('any');
        await expect(page.locator('a.timeline-event.kind-note').first()).toBeVisible();
        await shot('timeline-risk');
        await page.getByLabel('Risk flags').selectOption('');
        await page.getByRole('button', { name: 'Back to the newest' }).click();
      }
      if (file === 'sessions') {
        await page.getByRole('button', { name: 'Log session' }).click();
        await page.getByLabel('Format').selectOption('group');
        await page.getByLabel('People in the group').fill('2');
        await page.getByRole('button', { name: 'Save session' }).click();
        await expect(page.getByText(/A group has at least 3/)).toBeVisible();
        await shot('quick-log');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Log hours for a week' }).click();
        await page.getByLabel('Any day of the week').fill('2026-11-25');
        await page.getByLabel('Individual therapy').fill('6');
        await page.getByLabel('Family therapy').fill('1.5');
        await page.getByLabel('Indirect hours that week').fill('2');
        await shot('week-hours-form');
        await page.getByRole('button', { name: 'Save hours' }).click();
        await page
          .getByRole('button', { name: /^Edit hours for/ })
          .first()
          .click();
        await expect(page.getByRole('form', { name: /^Edit hours for the week/ })).toBeVisible();
        await shot('week-hours-edit');
        await page
          .getByRole('heading', { name: 'Hours logged for whole weeks' })
          .evaluate((h) => h.scrollIntoView({ block: 'start' }));
        await shot('week-entries');
        await page.keyboard.press('Escape');
        await page.getByLabel('Period', { exact: true }).selectOption('custom');
        await page.getByLabel('From', { exact: true }).fill('2026-11-01');
        await page.getByLabel('To', { exact: true }).fill('2026-11-26');
        await expect(page.getByRole('note', { name: 'Weeks crossing the range' })).toBeVisible();
        await shot('sessions-week-crossing-range');
        await page.getByLabel('Period', { exact: true }).selectOption('all');
      }
    }

    // Case notes: the form with a flag and action items, then the list, the open risk and the thread.
    await nav('Case notes');
    await page.getByRole('button', { name: 'New note' }).click();
    const noteForm = page.getByRole('form', { name: 'New case note' });
    await noteForm.getByLabel('Case code').fill('C-014');
    await noteForm.getByLabel('Presenting concern').fill('Panic attacks at work');
    await noteForm.getByLabel('What was discussed').fill('Pacing of exposure; the client avoids the lift.');
    await noteForm.getByLabel('Supervisor’s guidance').fill('Build the hierarchy together; screen for risk each week.');
    await noteForm.getByLabel('The supervisee’s own reactions').fill('Felt rushed, as the client does.');
    await noteForm.getByLabel('Suicide or self-harm risk').check();
    await noteForm.getByRole('button', { name: 'Add an action item' }).click();
    await noteForm.getByLabel('Action 1', { exact: true }).fill('Complete a safety plan');
    await noteForm.getByLabel('Due by (1)').fill('2026-12-10');
    await noteForm.evaluate((f) => f.scrollIntoView({ block: 'start' }));
    await shot('case-note-form');
    // The guard: a phone number and a name typed in are marked before anything is saved.
    await noteForm
      .getByLabel('What was discussed')
      .fill('The client rang from 555-201-3344; her brother Tomas drove her.');
    await noteForm.getByRole('button', { name: 'Save note' }).click();
    const guard = page.getByRole('region', {
      name: 'This note may identify the client',
    });
    await expect(guard).toBeVisible();
    await guard.evaluate((g) => g.scrollIntoView({ block: 'center' }));
    await shot('case-note-guard');
    await noteForm.getByLabel('What was discussed').fill('Pacing of exposure; the client avoids the lift.');
    await noteForm.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('button', { name: 'Open case C-014', exact: true }).click();
    await expect(page.getByRole('article')).toHaveCount(1);
    await shot('case-notes');
    await page.getByRole('heading', { name: 'Case C-014' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot('case-thread');
    await page.keyboard.press('Control+K');
    await page.keyboard.type('expos');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('button').first()).toBeVisible();
    await shot('search');
    await page.keyboard.press('Escape');
    // Reflect: two answers kept, and the history beneath.
    await nav('Reflect');
    const reflect = page.getByRole('form', {
      name: 'Answer: Gibbs’ reflective cycle',
    });
    await reflect.getByLabel('What happened, in plain words?').fill('The client left ten minutes early.');
    await reflect
      .getByLabel('What were you feeling at the time, and what are you feeling now?')
      .fill('Rejected, then relieved; now curious about it.');
    await reflect.getByRole('button', { name: 'Keep these answers' }).click();
    await expect(reflect.getByRole('status')).toHaveText('2 answers kept.');
    await reflect.getByLabel('What went well, and what did not?').fill('I named the early ending');
    await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
    await shot('reflect');
    await page.getByRole('table', { name: 'Answers over time' }).evaluate((t) => t.scrollIntoView({ block: 'center' }));
    await shot('reflect-history');
    await page
      .getByRole('region', { name: 'Prepare the next meeting' })
      .evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('reflect-prepare');
    await page.getByRole('button', { name: 'Your prompt sets' }).click();
    await page.getByRole('button', { name: 'Edit Strengths first' }).click();
    await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
    await shot('reflect-own-set');
    // Competencies: the growth charts with their tables, a review, the frameworks, a check-in.
    await nav('Competencies');
    await expect(page.getByRole('img', { name: /^Levels over time\./ })).toBeVisible();
    await shot('growth');
    await page.getByRole('img', { name: /^Hours progress\./ }).evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('growth-hours-goals');
    await page
      .getByRole('region', { name: 'Alliance check-ins' })
      .evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('growth-alliance');
    await page.getByRole('button', { name: 'Record a check-in' }).click();
    await page.getByRole('form', { name: 'Alliance check-in' }).evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('checkin-form');
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Feedback received' }).evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('feedback');
    await page
      .getByRole('link', { name: /^Open the review of/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /^Review of/ })).toBeVisible();
    await shot('review');
    await page
      .getByRole('group')
      .nth(3)
      .evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('review-ratings');
    await page.getByRole('button', { name: 'Frameworks' }).click();
    await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
    await shot('frameworks');
    await page.getByRole('button', { name: 'Import from a file…' }).click();
    await shot('framework-import');
    await nav('Supervisees');
    await page.getByRole('table', { name: 'Supervisees' }).getByRole('link').first().click();
    await page
      .getByRole('region', { name: 'Who else holds them' })
      .evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('constellation');
    await nav('Settings');

    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/encrypted and verified/)).toBeVisible();
    await page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Backups' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot('settings-backups');
    await page.getByRole('button', { name: 'Verify log' }).click();
    await expect(page.getByText(/^Intact/)).toBeVisible();
    await page.getByRole('heading', { name: 'Security log' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot('settings-security-log');
    // The vault's own export, offered back to it: refused by place, nothing written.
    const dataCard = page.getByRole('region', { name: 'Your records as a file' });
    await dataCard.getByRole('button', { name: 'Export everything (JSON)…' }).click();
    const saved = (await dataCard.getByText(/^Saved to /).textContent())!.match(/^Saved to (.*\.json)\./)![1]!;
    bridge.nextFileToOpen = saved;
    await dataCard.getByRole('button', { name: 'Import from a file…' }).click();
    await expect(dataCard.getByRole('region', { name: 'What would be refused' })).toBeVisible();
    await dataCard.evaluate((c) => c.scrollIntoView({ block: 'start' }));
    await shot('settings-data-file');
    // A large file, while it is checked: the running count.
    await dataCard
      .getByRole('region', { name: 'What would be refused' })
      .getByRole('button', { name: 'Close' })
      .click();
    const big = join(bridge.exportsDir, 'a-big-file.json');
    writeFileSync(big, JSON.stringify(manySessionsFile(150_000)));
    bridge.nextFileToOpen = big;
    await dataCard.getByRole('button', { name: 'Import from a file…' }).click();
    await expect(dataCard.getByTestId('read-so-far')).toBeVisible({ timeout: 30_000 });
    await shot('settings-import-progress');
    await expect(dataCard.getByRole('region', { name: 'What the file holds' })).toBeVisible({ timeout: 60_000 });
    await dataCard.getByRole('button', { name: 'Cancel' }).click();

    // The supervisor's own page (the sample licence comes up for renewal with training short).
    await nav('Your licence & duties');
    await expect(page.getByRole('list', { name: 'Coming due' })).toBeVisible();
    await shot('supervisor');
    // Past hours from a spreadsheet: the mapping and the preview, one row refused by its column.
    const history = join(bridge.exportsDir, 'old-tracker.csv');
    writeFileSync(history, 'Date,Minutes,Client hours\n2026-10-05,60,6\n2026-10-12,45,3.5\n2026-10-14,abc,2\n');
    bridge.nextFileToOpen = history;
    await nav('Sessions & hours');
    await page.getByRole('button', { name: 'Bring in past hours…' }).click();
    const panel = page.getByRole('region', { name: 'Bring in past hours' });
    await panel.getByRole('button', { name: 'Choose a file…' }).click();
    await panel.getByLabel('Minutes column').selectOption('Minutes');
    await panel.getByRole('button', { name: 'Add an hours column' }).click();
    await panel.getByLabel('Hours column 1', { exact: true }).selectOption('Client hours');
    await expect(panel.getByTestId('history-summary')).toContainText('2 rows accepted, 1 refused');
    await panel
      .getByRole('table', { name: 'Rows as they will be saved' })
      .evaluate((t) => t.scrollIntoView({ block: 'center' }));
    await shot('history-import-preview');
    await panel.getByRole('button', { name: 'Close' }).click();

    // Retention: a supervisee whose supervision ended in 2017 on California's pack is due.
    await nav('Supervisees');
    await page.getByRole('button', { name: 'Add supervisee' }).click();
    await page.getByLabel('Full name').fill('Sample Former Associate');
    await page.getByLabel('Supervision start').fill('2015-06-01');
    await page.getByLabel('Supervision end').fill('2017-06-30');
    await page.getByLabel('Rule pack').selectOption('ca-bbs');
    await page.getByRole('button', { name: 'Save supervisee' }).click();
    await page.getByRole('link', { name: 'Sample Former Associate', exact: true }).click();
    const keeping = page.getByRole('region', { name: 'Keeping these records' });
    await keeping.getByRole('button', { name: 'Delete for good…' }).click();
    await keeping.evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('supervisee-retention-due');
    await nav('This week');
    await page
      .getByRole('region', { name: /^Records coming to the end of their keeping/ })
      .evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await shot('week-retention');

    await page.getByRole('button', { name: 'Lock vault' }).click();
    await page.getByLabel('Passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await shot('unlock-wrong-passphrase');
    await page.getByRole('button', { name: /Use the recovery key/ }).click();
    await shot('recover');
    await page.getByRole('button', { name: 'Back' }).click();
    // A database zeroed behind the app's back: the diagnosis and the ways out.
    const db = join(bridge.vaultDir, 'alliance.db');
    writeFileSync(db, Buffer.alloc(statSync(db).size));
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Ways out' })).toBeVisible();
    await shot('unlock-unopenable');
  });
}
