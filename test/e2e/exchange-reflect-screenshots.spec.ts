// `npm run screenshots`, the exchange beyond hours, light and dark: the prompts a supervisee received
// on Reflect, answered; the supervisor's review with the supervisee's self-rating beside each level;
// the agreement card with the supervisee's countersignature.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installBridge } from './bridge';
import {
  countersignAgreement,
  exchangeCard,
  pairBoth,
  preparePrompts,
  rateMyself,
  receive,
  sendWhole,
  startReview,
} from './exchange-steps';
import { expect, openView, test } from './fixtures';

const OUT = resolve(__dirname, '..', '..', 'build', 'screenshots');
mkdirSync(OUT, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`prompts and self-ratings exchanged, in ${scheme} mode`, async ({ page, bridge, context, baseURL }) => {
    test.setTimeout(180_000);
    const other = await context.newPage();
    const theirs = await installBridge(other, baseURL!);
    const shot = (p: typeof page, name: string) => p.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    try {
      for (const p of [page, other]) await p.emulateMedia({ colorScheme: scheme });
      await pairBoth(page, bridge, other, theirs);
      // The supervisee watches the supervisor's folder; the banner says when the prompts arrive.
      const theirCard = await exchangeCard(other);
      theirs.nextFolderToOpen = bridge.exportsDir;
      await theirCard.getByRole('button', { name: 'Check a mailbox folder…' }).click();
      const prompts = await preparePrompts(page);
      await openView(other, 'This week');
      const banner = other.getByRole('status').filter({ hasText: 'waiting in your mailbox folder' });
      await expect(banner).toBeVisible({ timeout: 45_000 });
      await banner.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await shot(other, 'exchange-mailbox-banner');
      // A damaged file in the folder is named beside the packet it does not hide.
      writeFileSync(join(bridge.exportsDir, 'alliance-0-damaged.age'), 'age-encryption.org/v1\nnot the rest of it');
      const mailboxCard = await exchangeCard(other);
      await mailboxCard.getByRole('button', { name: 'Check the folder again' }).click();
      await expect(mailboxCard.getByTestId('mailbox-unopened')).toContainText('alliance-0-damaged.age');
      await expect(mailboxCard.getByRole('region', { name: 'What the packet would add' })).toBeVisible();
      await mailboxCard.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await shot(other, 'exchange-mailbox-unopened');
      await mailboxCard.getByRole('button', { name: 'Cancel' }).click();
      await receive(other, theirs, prompts, ['What went well, and what did not?']);
      await openView(other, 'Reflect');
      const fromThem = other.getByRole('region', { name: 'Prompts from your supervisor' });
      await fromThem
        .getByLabel('What were you feeling at the time, and what are you feeling now?')
        .fill('Unsettled when the client cancelled twice; steadier once we named it together.');
      await fromThem.getByRole('button', { name: 'Keep my answers' }).click();
      await expect(fromThem.getByRole('status')).toHaveText('Kept 1 answer in your vault.');
      await fromThem.evaluate((e) => e.scrollIntoView());
      await shot(other, 'exchange-prompts-answered');
      await rateMyself(other);
      await receive(page, bridge, await sendWhole(other, 'Self-rating for a review'), ['ETH Ethical and legal']);
      await startReview(page, '2026-11-30');
      await page.getByRole('group', { name: /^ETH / }).getByLabel('Level').selectOption('4');
      await page.getByRole('group', { name: /^ETH / }).evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot(page, 'exchange-self-rating-beside');
      await countersignAgreement(page, bridge, other, theirs);
      await page.getByTestId('countersigned-1').evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot(page, 'exchange-agreement-countersigned');
    } finally {
      theirs.dispose();
      await other.close();
    }
  });
}
