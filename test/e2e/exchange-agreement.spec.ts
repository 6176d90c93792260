// The agreement countersigned and the alliance seen from both sides, across two vaults, one page per
// person, typed through the screens: the supervisor writes the agreement and sends it; the supervisee
// reads its terms and sends the countersignature, which the agreement card then shows. The supervisee
// records a check-in from their side and feedback on supervision for November and sends them; the
// supervisor's alliance shows the check-in as the supervisee's answer, with the drop flagged.
import { dateText } from '../../src-renderer/src/app/format';
import { countersignAgreement, receive, send, withTwoPeople } from './exchange-steps';
import { expect, openView, test } from './fixtures';

test('the agreement countersigned, and the supervisee’s check-in and feedback reach the supervisor', async ({
  page,
  bridge,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await withTwoPeople(page, bridge, context, baseURL!, async (other, theirs) => {
    // The supervisor writes the agreement on the supervisee's page and sends it; it comes back
    // countersigned.
    await countersignAgreement(page, bridge, other, theirs);

    // The supervisor's vault holds three steady check-ins of theirs from October.
    const checkin = async (p: typeof page, day: string, goals: string) => {
      await p.getByRole('button', { name: 'Record a check-in' }).click();
      const f = p.getByRole('form', { name: 'Alliance check-in' });
      await f.getByLabel('Date').fill(day);
      await f.getByLabel('After the session').selectOption('');
      await expect(f.getByLabel('Whose answer')).toHaveValue('supervisee');
      // In their own vault, the supervisee's answer is theirs.
      await expect(f.getByLabel('Whose answer').locator('option:checked')).toHaveText(
        p === other ? 'Your answer' : 'Supervisee’s answer',
      );
      await f.getByLabel('We agree on what we are working toward').fill(goals);
      await f.getByLabel('We agree on how we use our time together').fill('8');
      await f.getByLabel('We trust and respect each other').fill('9');
      await f.getByRole('button', { name: 'Save the check-in' }).click();
      await expect(f).toBeHidden();
    };
    await openView(page, 'Competencies');
    for (const day of ['2026-10-05', '2026-10-12', '2026-10-19']) await checkin(page, day, '9');
    // In their own vault the supervisee answers for November, and writes feedback on supervision.
    await openView(other, 'Competencies');
    await checkin(other, '2026-11-16', '6');
    const feedback = other.getByRole('region', { name: 'Feedback on supervision' });
    await feedback.getByRole('button', { name: 'Record feedback' }).click();
    await feedback.getByLabel('Given on').fill('2026-11-23');
    await expect(feedback.getByLabel('From')).toHaveValue('supervisee');
    await expect(feedback.getByLabel('From').locator('option:checked')).toHaveText('You');
    await feedback.getByLabel('What you said').fill('More time on case conceptualisation, please.');
    await feedback.getByRole('button', { name: 'Save the feedback' }).click();
    await expect(feedback).toContainText('More time on case conceptualisation, please.');
    const alliance = await send(other, 'Check-ins and feedback');
    await receive(page, bridge, alliance, [
      '1 check-in from their side and 1 piece of feedback on supervision.',
      `Feedback ${dateText('2026-11-23')}: More time on case conceptualisation, please.`,
      'Each is added to the alliance on their page, as the supervisee’s view.',
    ]);
    await openView(page, 'Competencies');
    const recent = page.getByRole('table', { name: 'Recent check-ins' });
    // Against the mean of the three before (9), goals at 6 fell 3: a drop.
    await expect(recent.getByRole('row', { name: new RegExp(dateText('2026-11-16')) })).toContainText('Dropped: goals');
  });
});
