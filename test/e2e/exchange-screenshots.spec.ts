// `npm run screenshots`, the exchange's part: two vaults side by side, light and dark. The identity in
// Settings, the pairing form, the packet's preview, the reconciliation, the supervisee's receipt.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dateText } from '../../src-renderer/src/app/format';
import { installBridge, type Bridge } from './bridge';
import { exchangeCard, identity, logNovember, NAME, NOVEMBER, pairWith, receive, send } from './exchange-steps';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

const OUT = resolve(__dirname, '..', '..', 'build', 'screenshots');
mkdirSync(OUT, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`the exchange in ${scheme} mode`, async ({ page, bridge, context, baseURL }) => {
    test.setTimeout(180_000);
    const other = await context.newPage();
    const theirs: Bridge = await installBridge(other, baseURL!);
    const shot = (p: typeof page, name: string) => p.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    try {
      for (const p of [page, other]) await p.emulateMedia({ colorScheme: scheme });
      await createVault(page);
      await createVault(other, { role: 'supervisee' });
      for (const p of [page, other]) await addSupervisee(p, NAME);
      const supervisorFp = await identity(page, 'Sable Rookwood', 'supervisor');
      await page.getByRole('region', { name: 'Exchange identity' }).evaluate((e) => e.scrollIntoView());
      await shot(page, 'exchange-identity');
      const superviseeFp = await identity(other, NAME, 'supervisee');
      const card = await exchangeCard(page);
      bridge.nextFileToOpen = `${theirs.exportsDir}/alliance-identity-card.json`;
      await card.getByRole('button', { name: 'Choose their identity card…' }).click();
      await card.getByLabel('Their fingerprint, as they read it').fill('ZZZZ-' + superviseeFp.slice(5));
      await card.getByRole('button', { name: 'Pair' }).click();
      await expect(card.getByText(/not the one on the card/)).toBeVisible();
      await card.evaluate((e) => e.scrollIntoView());
      await shot(page, 'exchange-pair-refused');
      await pairWith(page, bridge, `${theirs.exportsDir}/alliance-identity-card.json`, superviseeFp);
      await pairWith(other, theirs, `${bridge.exportsDir}/alliance-identity-card.json`, supervisorFp);
      await logNovember(page, 60, 6);
      await logNovember(other, 90, 8);
      const hours = await send(other, 'Hours for a period');
      const mine = await exchangeCard(page);
      bridge.nextFileToOpen = hours;
      await mine.getByRole('button', { name: 'Open a packet…' }).click();
      const preview = mine.getByRole('region', { name: 'What the packet would add' });
      await expect(preview).toBeVisible();
      await preview.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot(page, 'exchange-packet-preview');
      await preview.getByRole('button', { name: 'Receive' }).click();
      await mine.getByLabel('Reconcile from').fill(NOVEMBER.from);
      await mine.getByLabel('Reconcile to').fill(NOVEMBER.to);
      await expect(mine.getByTestId('reconcile-summary')).toContainText('2 of 6 lines open.');
      await mine.getByRole('table', { name: 'Reconciliation' }).evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot(page, 'exchange-reconcile');
      const weekLine = mine.getByRole('row', { name: new RegExp(`Week of ${dateText('2026-11-09')}`) });
      await weekLine.getByRole('button', { name: /^Query/ }).click();
      await weekLine.getByLabel('Your question').fill('Your weekly form said 6 hours.');
      await weekLine.getByRole('button', { name: 'Save the question' }).click();
      await mine
        .getByRole('row', { name: new RegExp(`Session on ${dateText('2026-11-16')}`) })
        .getByRole('button', { name: /^Keep mine/ })
        .click();
      await expect(mine.getByTestId('reconcile-summary')).toContainText('1 of 6 lines open.');
      await mine.getByRole('table', { name: 'Reconciliation' }).evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot(page, 'exchange-reconcile-settled');
      const questions = await send(page, 'Questions about hours');
      await receive(other, theirs, questions, ['Your weekly form said 6 hours.']);
      await openView(other, 'Your supervision');
      const theirCard = await exchangeCard(other);
      await theirCard.getByRole('heading', { name: 'Received' }).evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot(other, 'exchange-supervisee-received');
    } finally {
      theirs.dispose();
      await other.close();
    }
  });
}
