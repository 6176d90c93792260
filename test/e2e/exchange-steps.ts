// The steps of the exchange as each person takes them in the app, shared by the walk-through
// (exchange.spec.ts) and its screenshots (exchange-screenshots.spec.ts).
import type { Page } from '@playwright/test';
import type { Bridge } from './bridge';
import { expect, openView } from './fixtures';

export const NAME = 'Juniper Saltmarsh';
export const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

export async function identity(page: Page, name: string, role: 'supervisor' | 'supervisee'): Promise<string> {
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

export async function exchangeCard(page: Page) {
  await openView(page, 'Supervisees');
  await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
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

// Saves a packet of `kind` for November and returns the file's path.
export async function send(page: Page, kind: string): Promise<string> {
  const card = await exchangeCard(page);
  await card.getByLabel('What').selectOption({ label: kind });
  await card.getByLabel('From', { exact: true }).fill(NOVEMBER.from);
  await card.getByLabel('To', { exact: true }).fill(NOVEMBER.to);
  await card.getByRole('button', { name: 'Save the packet…' }).click();
  const saved = card.getByText(/^Saved to .*\. Only they can open it/);
  await expect(saved).toBeVisible();
  return /^Saved to (.*?)\. Only they/.exec((await saved.textContent())!)![1]!;
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

export async function logNovember(bridge: Bridge, oneSessionMinutes: number, weekTwoHours: number) {
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
