// The steps of the exchange as each person takes them in the app, shared by the walk-through
// (exchange.spec.ts) and its screenshots (exchange-screenshots.spec.ts).
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { dateText } from '../../src-renderer/src/app/format';
import { installBridge, type Bridge } from './bridge';
import { addSupervisee, createVault, expect, openView } from './fixtures';

export const NAME = 'Juniper Saltmarsh';
export const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

export async function identity(page: Page, name: string, role: 'supervisor' | 'supervisee'): Promise<string> {
  await openView(page, 'Settings');
  const card = page.getByRole('region', { name: 'Exchange identity' });
  await card.getByLabel('Your name on the card').fill(name);
  // The identity takes the vault's own role, chosen when it was created.
  await expect(card.getByLabel('Whose vault this is')).toHaveValue(role);
  await card.getByRole('button', { name: 'Create my identity' }).click();
  const fingerprint = (await card.getByTestId('own-fingerprint').textContent())!;
  expect(fingerprint).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
  await card.getByRole('button', { name: 'Save my identity card…' }).click();
  await expect(card.getByText(/Saved your card to/)).toBeVisible();
  return fingerprint;
}

export async function exchangeCard(page: Page) {
  // A supervisee's own vault calls the list their supervision.
  const list = /^(Supervisees|Your supervision)$/;
  await openView(page, list);
  await expect(page.getByRole('heading', { name: list, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: NAME, exact: true }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  return page.getByRole('region', { name: /^Exchange with / });
}

export async function pairWith(page: Page, bridge: Bridge, theirCard: string, theirFingerprint: string) {
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

// A second person beside the test's page: their own page and bridge (their own vault folder), paired
// with the first, for `walk`; closed however the walk ends.
export async function withTwoPeople(
  page: Page,
  bridge: Bridge,
  context: BrowserContext,
  baseURL: string,
  walk: (other: Page, theirs: Bridge) => Promise<void>,
) {
  const other = await context.newPage();
  const theirs = await installBridge(other, baseURL);
  try {
    await pairBoth(page, bridge, other, theirs);
    await walk(other, theirs);
  } finally {
    theirs.dispose();
    await other.close();
  }
}

// Both people make their vault, the supervision's record and an identity, and pair by cards and
// fingerprints read aloud: the start of every two-vault walk-through.
export async function pairBoth(page: Page, bridge: Bridge, other: Page, theirs: Bridge) {
  await createVault(page);
  await createVault(other, { role: 'supervisee' });
  for (const p of [page, other]) await addSupervisee(p, NAME);
  const supervisorFp = await identity(page, 'Sable Rookwood', 'supervisor');
  const superviseeFp = await identity(other, NAME, 'supervisee');
  const cardPath = (b: Bridge) => `${b.exportsDir}/alliance-identity-card.json`;
  await pairWith(page, bridge, cardPath(theirs), superviseeFp);
  await pairWith(other, theirs, cardPath(bridge), supervisorFp);
}

// Saves a packet of a kind that covers no period (no days are asked) and returns the file's path.
export async function sendWhole(page: Page, kind: string): Promise<string> {
  const card = await exchangeCard(page);
  await card.getByLabel('What').selectOption({ label: kind });
  await expect(card.getByLabel('From', { exact: true })).toHaveCount(0);
  return savePacket(card);
}

async function savePacket(card: Locator): Promise<string> {
  await card.getByRole('button', { name: 'Save the packet…' }).click();
  const saved = card.getByText(/^Saved to .*\. Only they can open it/);
  await expect(saved).toBeVisible();
  return /^Saved to (.*?)\. Only they/.exec((await saved.textContent())!)![1]!;
}

// Saves a packet of `kind` for November and returns the file's path.
export async function send(page: Page, kind: string): Promise<string> {
  const card = await exchangeCard(page);
  await card.getByLabel('What').selectOption({ label: kind });
  await card.getByLabel('From', { exact: true }).fill(NOVEMBER.from);
  await card.getByLabel('To', { exact: true }).fill(NOVEMBER.to);
  return savePacket(card);
}

export async function receive(page: Page, bridge: Bridge, file: string, expectLines: string[]) {
  const card = await exchangeCard(page);
  bridge.nextFileToOpen = file;
  await card.getByRole('button', { name: 'Open a packet…' }).click();
  const preview = card.getByRole('region', { name: 'What the packet would add' });
  for (const line of expectLines) await expect(preview).toContainText(line);
  await preview.getByRole('button', { name: 'Receive' }).click();
  await expect(card.getByText(/^Received packet \d+/)).toBeVisible();
}

// November typed into the Sessions & hours forms: four individual sessions (one of `oneSessionMinutes`),
// and 10 direct hours of individual therapy in the week of 2 November and `weekTwoHours` the next.
// Each save is checked against the running totals worked out here.
export async function logNovember(page: Page, oneSessionMinutes: number, weekTwoHours: number) {
  await openView(page, 'Sessions & hours');
  let minutes = 0;
  for (const [date, length] of [
    ['2026-11-02', 60],
    ['2026-11-09', 60],
    ['2026-11-16', oneSessionMinutes],
    ['2026-11-23', 60],
  ] as const) {
    await page.getByRole('button', { name: 'Log session' }).click();
    await page.getByLabel('Date').fill(date);
    await page.getByLabel('Duration (minutes)').fill(String(length));
    await page.getByRole('button', { name: 'Save session' }).click();
    minutes += length;
    await expect(page.getByTestId('total-supervision')).toHaveText(String(minutes / 60));
  }
  let direct = 0;
  for (const [day, hours] of [
    ['2026-11-02', 10],
    ['2026-11-09', weekTwoHours],
  ] as const) {
    await page.getByRole('button', { name: 'Log hours for a week' }).click();
    await page.getByLabel('Any day of the week').fill(day);
    await page.getByLabel('Individual therapy').fill(String(hours));
    await page.getByRole('button', { name: 'Save hours' }).click();
    direct += hours;
    await expect(page.getByTestId('total-direct')).toHaveText(String(direct));
  }
}

// Signs November on Sessions & hours as Sable Rookwood. Returns the refusal said in the form, or the
// signed period's SHA-256 from the signed periods table.
export async function signNovember(page: Page): Promise<{ refused: string } | { sha256: string }> {
  await openView(page, 'Sessions & hours');
  await page.getByRole('button', { name: 'Sign a period…' }).click();
  const form = page.getByRole('form', { name: 'Sign a period' });
  await form.getByLabel('Period from').fill(NOVEMBER.from);
  await form.getByLabel('Period to').fill(NOVEMBER.to);
  await form.getByLabel('Signed on').fill('2026-12-01');
  await form.getByLabel('Supervisor name').fill('Sable Rookwood');
  await form.getByLabel('Supervisor licence').fill('LMFT 54321');
  await form.getByRole('button', { name: 'Sign period' }).click();
  const signed = page.getByRole('table', { name: 'Signed periods' });
  const refusal = form.getByRole('alert');
  await expect(signed.or(refusal).first()).toBeVisible();
  if (await form.isVisible()) {
    const refused = (await refusal.first().textContent())!;
    await form.getByRole('button', { name: 'Cancel' }).click();
    return { refused };
  }
  const sha = await signed
    .getByRole('row', { name: /11\/01\/2026 to 11\/30\/2026/ })
    .locator('code')
    .getAttribute('title');
  return { sha256: sha! };
}

// The supervisor prepares two Gibbs prompts for the next meeting on Reflect and saves them as a packet.
export async function preparePrompts(page: Page): Promise<string> {
  await openView(page, 'Reflect');
  await expect(page.getByRole('heading', { name: 'Reflect', level: 1 })).toBeVisible();
  const prepare = page.getByRole('region', { name: 'Prepare the next meeting' });
  await prepare.getByLabel('What were you feeling at the time, and what are you feeling now?').check();
  await prepare.getByLabel('What went well, and what did not?').check();
  await prepare.getByRole('button', { name: 'Prepare the chosen prompts' }).click();
  await expect(prepare.getByRole('status')).toHaveText('2 prompts will wait for the next meeting.');
  return sendWhole(page, 'Prompts for the next meeting');
}

// Starts a review against the first framework offered (the APA one) and waits for its page.
export async function startReview(page: Page, day: string) {
  await openView(page, 'Competencies');
  await page.getByRole('button', { name: 'Start a review' }).click();
  await page.getByLabel('Review date').fill(day);
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`^Review of ${dateText(day)}`) })).toBeVisible();
}

// In the supervisee's vault: a session logged, then a review of themselves on the APA framework, ETH
// rated 3 with that session as evidence and INT rated 2, saved as a draft.
export async function rateMyself(other: Page) {
  await openView(other, 'Sessions & hours');
  await other.getByRole('button', { name: 'Log session' }).click();
  await other.getByLabel('Date').fill('2026-11-09');
  await other.getByLabel('Duration (minutes)').fill('60');
  await other.getByRole('button', { name: 'Save session' }).click();
  await expect(other.getByTestId('total-supervision')).toHaveText('1');
  await startReview(other, '2026-11-25');
  const eth = other.getByRole('group', { name: /^ETH / });
  await eth.getByLabel('Level').selectOption('3');
  await eth.getByLabel('Comment on ETH').fill('I bring consent questions sooner now.');
  await eth
    .getByLabel('Add evidence for ETH')
    .selectOption({ label: `Session, ${dateText('2026-11-09')}: Individual supervision, 60 min` });
  await other.getByRole('group', { name: /^INT / }).getByLabel('Level').selectOption('2');
  await other.getByRole('button', { name: 'Save draft' }).click();
  await expect(other.getByRole('status')).toHaveText('Draft saved.');
}

// The supervisor writes the agreement on the supervisee's page and sends it; the supervisee reads its
// terms under Received and sends the countersignature, which the agreement card then shows.
export async function countersignAgreement(page: Page, bridge: Bridge, other: Page, theirs: Bridge) {
  await exchangeCard(page);
  const agreement = page.getByRole('region', { name: 'Supervision agreement' });
  await agreement.getByRole('button', { name: 'Write the agreement' }).click();
  const form = page.getByRole('form', { name: 'Write the supervision agreement' });
  await form.getByLabel('Format').fill('Individual, video, Tuesdays 9:00');
  await form.getByLabel('How feedback is given, both ways').fill('Monthly, both ways.');
  await form.getByRole('button', { name: 'Save the agreement' }).click();
  await expect(agreement.getByRole('status')).toHaveText('The agreement is saved.');
  const sent = await sendWhole(page, 'The agreement, to countersign');
  await receive(other, theirs, sent, [
    'The supervision agreement, version 1',
    'Meets: Weekly: Individual, video, Tuesdays 9:00.',
    'Feedback: Monthly, both ways.',
  ]);
  const received = (await exchangeCard(other)).getByRole('region', { name: 'Received' });
  await expect(received).toContainText('To countersign, send “Countersignature of the agreement” back.');
  const countersigned = await sendWhole(other, 'Countersignature of the agreement');
  await receive(page, bridge, countersigned, ['Juniper Saltmarsh countersigned version 1 of the agreement']);
  await expect(page.getByTestId('countersigned-1')).toContainText('Countersigned by Juniper Saltmarsh on');
}
