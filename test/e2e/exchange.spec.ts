// Two-way supervision with two vaults side by side, one page per person. They create identities,
// swap cards and pair by typing back each other's fingerprint; the supervisee sends November's hours,
// two lines differing from the supervisor's record; the supervisor reconciles (the session accepted,
// the week queried), the question travels back, the supervisee corrects and sends again; the period
// is signed and the receipt in the supervisee's vault carries the same SHA-256. A packet opened twice
// is refused where the supervisor is looking. The supervisee's app, watching the supervisor's folder,
// says the question is waiting.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateText } from '../../src-renderer/src/app/format';
import { scan } from './axe-scan';
import { localToday, previousMonth } from '../../src-main/contract/dates';
import { exchangeCard, logNovember, NOVEMBER, receive, send, signNovember, withTwoPeople } from './exchange-steps';
import { expect, openView, test } from './fixtures';

test('two vaults pair, exchange November, reconcile, sign and keep the same receipt', async ({
  page,
  bridge,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await withTwoPeople(page, bridge, context, baseURL!, async (other, theirs) => {
    // The supervisor's record and the supervisee's log of November, typed into the forms, differ twice.
    await logNovember(page, 60, 6);
    await logNovember(other, 90, 8);

    const hours = await send(other, 'Hours for a period');
    await receive(page, bridge, hours, [
      `Their log for ${dateText('2026-11-01')} to ${dateText('2026-11-30')}: ` +
        '4 sessions and 2 weeks of hours, 18 client hours in all.',
    ]);
    // Their record signs by the month once the CACREP practicum pack is chosen: the reconciliation's
    // days start at the last whole month.
    let card = await exchangeCard(page);
    await expect(card.getByTestId('signs-by')).toHaveText(
      'No rule pack chosen: signed each week. The days below start at the last whole one.',
    );
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Rule pack').selectOption('cacrep-practicum');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(card.getByTestId('signs-by')).toHaveText(
      'CACREP practicum: signed each month. The days below start at the last whole one.',
    );
    await expect(card.getByLabel('Reconcile from')).toHaveValue(previousMonth(localToday()).from);
    await expect(card.getByLabel('Reconcile to')).toHaveValue(previousMonth(localToday()).to);
    await card.getByLabel('Reconcile from').fill(NOVEMBER.from);
    await card.getByLabel('Reconcile to').fill(NOVEMBER.to);
    const summary = card.getByTestId('reconcile-summary');
    await expect(summary).toContainText('2 of 6 lines open.');
    const table = card.getByRole('table', { name: 'Reconciliation' });
    const sessionLine = table.getByRole('row', {
      name: new RegExp(`Session on ${dateText('2026-11-16')}, individual`),
    });
    await expect(sessionLine).toContainText('60 min');
    await expect(sessionLine).toContainText('90 min');
    await sessionLine.getByRole('button', { name: /^Accept theirs/ }).click();
    await expect(summary).toContainText('1 of 6 lines open.');
    const weekLine = table.getByRole('row', {
      name: new RegExp(`Week of ${dateText('2026-11-09')}: direct hours, individual therapy`),
    });
    await weekLine.getByRole('button', { name: /^Query/ }).click();
    await weekLine.getByLabel('Your question').fill('Your weekly form said 6 hours.');
    await weekLine.getByRole('button', { name: 'Save the question' }).click();
    await expect(weekLine).toContainText('Queried: Your weekly form said 6 hours.');
    // Signing waits for the open line, and says so in the form.
    expect(await signNovember(page)).toEqual({
      refused: expect.stringMatching(/1 line differs from the supervisee's/),
    });
    // The accepted session is now 90 minutes in the supervisor's own log.
    await expect(
      page.getByRole('table', { name: 'Sessions' }).getByRole('row', { name: new RegExp(dateText('2026-11-16')) }),
    ).toContainText('90');
    await expect(page.getByTestId('total-supervision')).toHaveText('4.5');
    card = await exchangeCard(page);

    // The supervisee keeps the folder the supervisor saves into as their mailbox: nothing yet.
    const theirCard = await exchangeCard(other);
    theirs.nextFolderToOpen = bridge.exportsDir;
    await theirCard.getByRole('button', { name: 'Check a mailbox folder…' }).click();
    await expect(theirCard.getByText(/^No new packet for you in /)).toBeVisible();
    await expect(theirCard.getByTestId('mailbox-folder')).toHaveText(
      `Your mailbox folder, ${bridge.exportsDir}, is looked at every half minute while Alliance runs.`,
    );
    await send(page, 'Questions about hours');
    // The app looks at the folder every half minute and says, wherever they are, that a packet waits.
    await openView(other, 'Timeline');
    const banner = other.getByRole('status').filter({ hasText: 'waiting in your mailbox folder' });
    await expect(banner).toHaveText(
      'A new packet from Sable Rookwood is waiting in your mailbox folder. Open it on their page',
      { timeout: 45_000 },
    );
    await banner.getByRole('link', { name: 'Open it on their page' }).click();
    const mailboxCard = other.getByRole('region', { name: /^Exchange with / });
    await mailboxCard.getByRole('button', { name: 'Check the folder again' }).click();
    const question = mailboxCard.getByRole('region', { name: 'What the packet would add' });
    await expect(question).toContainText(
      `Week of ${dateText('2026-11-09')}: direct hours, individual therapy: Your weekly form said 6 hours.`,
    );
    await question.getByRole('button', { name: 'Receive' }).click();
    await expect(banner).toBeHidden();
    // The supervisee corrects the week in their own log.
    await openView(other, 'Sessions & hours');
    await other
      .getByRole('button', { name: `Edit hours for ${dateText('2026-11-09')} to ${dateText('2026-11-15')}` })
      .click();
    const edit = other.getByRole('form', { name: `Edit hours for the week of ${dateText('2026-11-09')}` });
    await edit.getByLabel('Individual therapy').fill('6');
    await edit.getByRole('button', { name: 'Save hours' }).click();
    await expect(other.getByTestId('total-direct')).toHaveText('16');
    // The corrected packet comes through the mailbox folder: the supervisee's first packet, already
    // received, is passed over, and the new one is shown before anything is written.
    const corrected = await send(other, 'Hours for a period');
    // A damaged file that sorts first is named where the supervisor looks, and does not hide the packet.
    writeFileSync(join(theirs.exportsDir, 'alliance-0-damaged.age'), 'age-encryption.org/v1\nnot the rest of it');
    bridge.nextFolderToOpen = theirs.exportsDir;
    await card.getByRole('button', { name: 'Check a mailbox folder…' }).click();
    await expect(card.getByTestId('mailbox-unopened')).toHaveText(
      'One file in the mailbox folder could not be opened. It is left where it is:' +
        'alliance-0-damaged.age: This packet is damaged or incomplete (cut short or altered on the way). ' +
        'Ask them to send it again.',
    );
    const next = card.getByRole('region', { name: 'What the packet would add' });
    await expect(next).toContainText('Packet 2 from Juniper Saltmarsh');
    await expect(next).toContainText('16 client hours in all');
    await next.getByRole('button', { name: 'Receive' }).click();
    await expect(card.getByText('Received packet 2 (hours for a period).')).toBeVisible();
    await card.getByRole('button', { name: 'Check the folder again' }).click();
    await expect(
      card.getByText(/^No new packet for you in .*\(2 passed over: yours to them, or already received\)\./),
    ).toBeVisible();
    await expect(summary).toContainText('All 6 lines settled: the period can be signed.');

    // A packet opened a second time is refused where the supervisor is looking.
    bridge.nextFileToOpen = corrected;
    await card.getByRole('button', { name: 'Open a packet…' }).click();
    await expect(card.getByRole('alert')).toHaveText('This packet was already received.');

    const signed = await signNovember(page);
    if (!('sha256' in signed)) throw new Error(`Signing was refused: ${signed.refused}`);
    const receipt = await send(page, 'Receipt for a signed period');
    await receive(other, theirs, receipt, [`SHA-256 of the signed log: ${signed.sha256}`]);
    const kept = (await exchangeCard(other)).getByTestId('receipt');
    await expect(kept).toContainText(signed.sha256);
    await scan(other, "the supervisee's exchange");
    await exchangeCard(page);
    await scan(page, "the supervisor's reconciliation");
  });
});
