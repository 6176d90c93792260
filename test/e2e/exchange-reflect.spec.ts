// Reflection and self-rating across two vaults, one page per person, everything typed through the
// screens: the supervisor prepares two prompts for the next meeting and sends them; the supervisee
// answers one on Reflect, keeps it and sends it back; the supervisor's answer history shows it with
// the prompt as asked. The supervisee then rates themselves with evidence from their own log and sends
// the rating; the supervisor's review on the same framework shows it beside each level.
import { dateText } from '../../src-renderer/src/app/format';
import { scan } from './axe-scan';
import {
  exchangeCard,
  preparePrompts,
  rateMyself,
  receive,
  sendWhole,
  startReview,
  withTwoPeople,
} from './exchange-steps';
import { expect, openView, test } from './fixtures';

const ANSWER = 'Unsettled when the client cancelled twice; steadier once we named it together.';

test('prompts sent, answered and returned; a self-rating seen beside the supervisor’s', async ({
  page,
  bridge,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await withTwoPeople(page, bridge, context, baseURL!, async (other, theirs) => {
    // The supervisor prepares two Gibbs prompts for the next meeting and sends them.
    const prompts = await preparePrompts(page);
    await receive(other, theirs, prompts, [
      '2 prompts from your supervisor to think about before your next meeting:',
      'What went well, and what did not?',
    ]);

    // The supervisee answers one of the two on Reflect and sends the answer back.
    await openView(other, 'Reflect');
    await expect(other.getByRole('heading', { name: 'Reflect', level: 1 })).toBeVisible();
    const fromThem = other.getByRole('region', { name: 'Prompts from your supervisor' });
    await expect(fromThem).toContainText('2 prompts, 0 answered');
    await fromThem.getByLabel('What were you feeling at the time, and what are you feeling now?').fill(ANSWER);
    await fromThem.getByLabel('Day of the reflection').fill('2026-11-20');
    await fromThem.getByRole('button', { name: 'Keep my answers' }).click();
    await expect(fromThem.getByRole('status')).toHaveText('Kept 1 answer in your vault.');
    await expect(fromThem).toContainText('2 prompts, 1 answered');
    await expect(fromThem).toContainText(ANSWER);
    await fromThem.getByRole('button', { name: 'Send the answers to your supervisor…' }).click();
    const saved = fromThem.getByText(/^Saved your answers to /);
    await expect(saved).toBeVisible();
    const answers = /^Saved your answers to (.*?)\. Only/.exec((await saved.textContent())!)![1]!;

    await receive(page, bridge, answers, [
      '1 answer to the prompts you sent:',
      'Each is kept as their reflection, with the prompt as it was asked.',
    ]);
    await openView(page, 'Reflect');
    const history = page.getByRole('table', { name: 'Answers over time' });
    await expect(history.getByRole('row').nth(1)).toContainText(ANSWER);
    await expect(history.getByRole('row').nth(1)).toContainText(dateText('2026-11-20'));

    // The supervisee logs a session, rates themselves against the APA framework with it as evidence.
    await rateMyself(other);
    const rating = await sendWhole(other, 'Self-rating for a review');
    await receive(page, bridge, rating, [
      `Their rating of themselves on APA profession-wide competencies, dated ${dateText('2026-11-25')}: ` +
        '2 of 2 competencies rated, 1 record chosen as evidence.',
      'ETH Ethical and legal standards: 3',
    ]);

    // The supervisor's own review shows it beside each level, with their words and evidence.
    await startReview(page, '2026-11-30');
    await expect(page.getByText(/^Levels 1 to 5/)).toContainText(
      `Their self-rating of ${dateText('2026-11-25')} (APA profession-wide competencies), received`,
    );
    const mine = page.getByRole('group', { name: /^ETH / });
    await expect(mine.getByTestId('self-rating')).toHaveText(/^Their self-rating: 3 · /);
    await expect(mine).toContainText('They wrote: “I bring consent questions sooner now.”');
    await expect(mine).toContainText(`${dateText('2026-11-09')} · Individual supervision, 60 min`);
    await expect(page.getByRole('group', { name: /^INT / }).getByTestId('self-rating')).toHaveText(
      /^Their self-rating: 2 · /,
    );
    await expect(page.getByRole('group', { name: /^RES / }).getByTestId('self-rating')).toHaveCount(0);
    await mine.getByLabel('Level').selectOption('4');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status')).toHaveText('Draft saved.');
    await scan(page, 'a review with their self-rating beside it');
    await openView(other, 'Reflect');
    await scan(other, 'prompts from the supervisor, answered');
    const received = (await exchangeCard(page)).getByRole('region', { name: 'Received' });
    await expect(received).toContainText('Answers to prompts');
    await expect(received).toContainText('Self-rating for a review');
  });
});
