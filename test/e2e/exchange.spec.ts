// Two-way supervision with two vaults side by side, one page per person. They create identities,
// swap cards and pair by typing back each other's fingerprint; the supervisee sends November's hours,
// two lines differing from the supervisor's record; the supervisor reconciles (the session accepted,
// the week queried), the question travels back, the supervisee corrects and sends again; the period
// is signed and the receipt in the supervisee's vault carries the same SHA-256. A packet opened twice
// is refused where the supervisor is looking.
import type { Page } from '@playwright/test';
import { installBridge, type Bridge } from './bridge';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

const NAME = 'Juniper Saltmarsh';
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

async function identity(page: Page, name: string, role: 'supervisor' | 'supervisee'): Promise<string> {
  await openView(page, 'Settings');
  const card = page.getByRole('region', { name: 'Exchange identity' });
  await card.getByLabel('Your name on the card').fill(name);
  await card.getByLabel('Whose vault this is').selectOption(role);
  await card.getByRole('button', { name: 'Create my identity' }).click();
  const fingerprint = (await card.getByTestId('own-fingerprint').textContent())!;
  expect(fingerprint).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
  await card.getByRole('button', { name: 'Save my identity card…' }).click();
  await expect(card.getByText(/Saved your card to/)).toBeVisible();
  return fingerprint;
}

async function exchangeCard(page: Page) {
  await openView(page, 'Supervisees');
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: NAME, exact: true }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  return page.getByRole('region', { name: /^Exchange with / });
}

async function pairWith(page: Page, bridge: Bridge, theirCard: string, theirFingerprint: string) {
  const card = await exchangeCard(page);
  bridge.nextFileToOpen = theirCard;
  await card.getByRole('button', { name: 'Choose their identity card…' }).click();
  // A fingerprint misheard is refused on the field.
  await card.getByLabel('Their fingerprint, as they read it').fill(theirFingerprint.replace(/^..../, 'ZZZZ'));
  await card.getByRole('button', { name: 'Pair' }).click();
  await expect(card.getByText(/not the one on the card/)).toBeVisible();
  await card.getByLabel('Their fingerprint, as they read it').fill(theirFingerprint.toLowerCase());
  await card.getByRole('button', { name: 'Pair' }).click();
  await expect(card).toContainText(`Fingerprint ${theirFingerprint}`);
}

// Saves a packet of `kind` for November and returns the file's path.
async function send(page: Page, kind: string): Promise<string> {
  const card = await exchangeCard(page);
  await card.getByLabel('What').selectOption({ label: kind });
  await card.getByLabel('From', { exact: true }).fill(NOVEMBER.from);
  await card.getByLabel('To', { exact: true }).fill(NOVEMBER.to);
  await card.getByRole('button', { name: 'Save the packet…' }).click();
  const saved = card.getByText(/^Saved to .*\. Only they can open it/);
  await expect(saved).toBeVisible();
  return /^Saved to (.*?)\. Only they/.exec((await saved.textContent())!)![1]!;
}

async function receive(page: Page, bridge: Bridge, file: string, expectLines: string[]) {
  const card = await exchangeCard(page);
  bridge.nextFileToOpen = file;
  await card.getByRole('button', { name: 'Open a packet…' }).click();
  const preview = card.getByRole('region', { name: 'What the packet would add' });
  for (const line of expectLines) await expect(preview).toContainText(line);
  await preview.getByRole('button', { name: 'Receive' }).click();
  await expect(card.getByText(/^Received packet \d+/)).toBeVisible();
}

async function logNovember(bridge: Bridge, oneSessionMinutes: number, weekTwoHours: number) {
  const t = { trusted: true };
  const call = async (ch: string, p: unknown) => {
    const r = await bridge.core.registry.invoke(ch, p, t);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const id = ((await call('supervisees.list', {})) as { id: string }[])[0]!.id;
  for (const [date, minutes] of [
    ['2026-11-02', 60],
    ['2026-11-09', 60],
    ['2026-11-16', oneSessionMinutes],
    ['2026-11-23', 60],
  ] as const)
    await call('sessions.create', {
      superviseeId: id,
      date,
      durationMinutes: minutes,
      format: 'individual',
      modality: 'video',
    });
  await call('hours.logWeek', {
    superviseeId: id,
    weekStart: '2026-11-02',
    entries: [{ kind: 'direct', activity: 'individual', hours: 10 }],
  });
  await call('hours.logWeek', {
    superviseeId: id,
    weekStart: '2026-11-09',
    entries: [{ kind: 'direct', activity: 'individual', hours: weekTwoHours }],
  });
  return { id, call };
}

test('two vaults pair, exchange November, reconcile, sign and keep the same receipt', async ({
  page,
  bridge,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const other = await context.newPage();
  const theirs = await installBridge(other, baseURL!);
  try {
    for (const p of [page, other]) {
      await createVault(p);
      await addSupervisee(p, NAME);
    }
    const supervisorFp = await identity(page, 'Sable Rookwood', 'supervisor');
    const superviseeFp = await identity(other, NAME, 'supervisee');
    const cardPath = (b: Bridge) => `${b.exportsDir}/alliance-identity-card.json`;
    await pairWith(page, bridge, cardPath(theirs), superviseeFp);
    await pairWith(other, theirs, cardPath(bridge), supervisorFp);

    // The supervisor's record and the supervisee's log of November differ twice.
    const mine = await logNovember(bridge, 60, 6);
    const their = await logNovember(theirs, 90, 8);

    const hours = await send(other, 'Hours for a period');
    await receive(page, bridge, hours, [
      'Their log for 2026-11-01 to 2026-11-30: 4 sessions and 2 weeks of hours, 18 client hours in all.',
    ]);
    const card = await exchangeCard(page);
    await card.getByLabel('Reconcile from').fill(NOVEMBER.from);
    await card.getByLabel('Reconcile to').fill(NOVEMBER.to);
    const summary = card.getByTestId('reconcile-summary');
    await expect(summary).toContainText('2 of 6 lines open.');
    const table = card.getByRole('table', { name: 'Reconciliation' });
    const sessionLine = table.getByRole('row', { name: /Session on 2026-11-16, individual/ });
    await expect(sessionLine).toContainText('60 min');
    await expect(sessionLine).toContainText('90 min');
    await sessionLine.getByRole('button', { name: /^Accept theirs/ }).click();
    await expect(summary).toContainText('1 of 6 lines open.');
    const weekLine = table.getByRole('row', { name: /Week of 2026-11-09: direct hours, individual therapy/ });
    await weekLine.getByRole('button', { name: /^Query/ }).click();
    await weekLine.getByLabel('Your question').fill('Your weekly form said 6 hours.');
    await weekLine.getByRole('button', { name: 'Save the question' }).click();
    await expect(weekLine).toContainText('Queried: Your weekly form said 6 hours.');
    // Signing waits for the open line.
    const sign = {
      superviseeId: mine.id,
      ...NOVEMBER,
      supervisorName: 'Sable Rookwood',
      supervisorLicence: 'LMFT 54321',
      signedOn: '2026-12-01',
    };
    await expect(mine.call('periods.sign', sign)).rejects.toThrow(/1 line differs from the supervisee's own log/);
    // The accepted session is now 90 minutes in the supervisor's own log.
    const sessions = (await mine.call('sessions.list', { superviseeId: mine.id })) as {
      date: string;
      durationMinutes: number;
    }[];
    expect(sessions.find((s) => s.date === '2026-11-16')!.durationMinutes).toBe(90);

    const questions = await send(page, 'Questions about hours');
    await receive(other, theirs, questions, [
      'Week of 2026-11-09: direct hours, individual therapy: Your weekly form said 6 hours.',
    ]);
    await their.call('hours.setWeek', {
      superviseeId: their.id,
      weekStart: '2026-11-09',
      entries: [{ kind: 'direct', activity: 'individual', hours: 6 }],
    });
    const corrected = await send(other, 'Hours for a period');
    await receive(page, bridge, corrected, ['16 client hours in all']);
    await expect(summary).toContainText('All 6 lines settled: the period can be signed.');

    // A packet opened a second time is refused where the supervisor is looking.
    bridge.nextFileToOpen = corrected;
    await card.getByRole('button', { name: 'Open a packet…' }).click();
    await expect(card.getByRole('alert')).toHaveText('This packet was already received.');

    const period = (await mine.call('periods.sign', sign)) as { contentSha256: string };
    const receipt = await send(page, 'Receipt for a signed period');
    await receive(other, theirs, receipt, [`SHA-256 of the signed log: ${period.contentSha256}`]);
    const kept = (await exchangeCard(other)).getByTestId('receipt');
    await expect(kept).toContainText(period.contentSha256);
  } finally {
    theirs.dispose();
    await other.close();
  }
});
