// Every message a user can see is written for them. This walks every field of every form with an
// empty and with wrong values, submits, and reads every message on screen: none may leak a
// validator's words ("Invalid input", "expected … received"), NaN, or a type name.
import type { Locator, Page } from '@playwright/test';
import { createVault, expect, test } from './fixtures';

const LEAKS =
  /invalid input|expected|received|\bNaN\b|undefined|\bnull\b|\bzod\b|\b(string|boolean|bigint|object|array)\b/i;
const FIELDS = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea';
const MESSAGES = '.field-error, .alert.error, .alert.warn, [role=alert], [role=status]';

// Wrong values by kind of box: empty, out of range, far too long, nonsense in a date.
async function badValues(field: Locator): Promise<string[]> {
  const type = (await field.getAttribute('type')) ?? (await field.evaluate((e) => e.tagName.toLowerCase()));
  if (type === 'number') return ['', '-1', '1e9'];
  if (type === 'date') return ['', '1800-01-01'];
  if (type === 'time') return [''];
  if (type === 'password') return ['', 'a'];
  return ['', 'x'.repeat(9000), '{"not": "right"'];
}

// Opens the form when it is not on screen (a save that went through closes it), fills one field
// at a time with each wrong value, submits, and collects what the screen says.
async function walk(page: Page, form: () => Locator, open: () => Promise<void>, submit: string): Promise<string[]> {
  const seen: string[] = [];
  if (!(await form().isVisible())) await open();
  const count = await form().locator(FIELDS).count();
  expect(count, 'the form has fields to walk').toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    if (!(await form().isVisible())) await open();
    const values = await badValues(form().locator(FIELDS).nth(i));
    for (const value of values) {
      if (!(await form().isVisible())) await open();
      const field = form().locator(FIELDS).nth(i);
      if (!(await field.isEditable())) continue;
      await field.fill(value);
      const button = form().getByRole('button', { name: submit });
      // A button that is unavailable until the form makes sense is itself the answer.
      if (await button.isDisabled()) continue;
      await button.click();
      await page.waitForTimeout(100);
      seen.push(...(await page.locator(MESSAGES).allInnerTexts()));
    }
  }
  return seen.map((t) => t.trim()).filter(Boolean);
}

function expectReadable(messages: string[], where: string): void {
  expect(messages.length, `${where}: some messages were shown`).toBeGreaterThan(0);
  expect(
    [...new Set(messages)].filter((m) => LEAKS.test(m)),
    `${where}: messages written for a developer`,
  ).toEqual([]);
}

test('create-vault, unlock and recover say every problem in plain words', async ({ page }) => {
  // The check itself catches what it is for: zod's own words for an empty number box.
  expect(LEAKS.test('Invalid input: expected number, received NaN')).toBe(true);
  await page.goto('/');
  const create = () => page.getByRole('form').first();
  expectReadable(await walk(page, create, async () => {}, 'Create vault'), 'create vault');

  await createVault(page);
  await page.getByRole('button', { name: 'Lock vault' }).click();
  const unlock = () => page.getByRole('form').first();
  expectReadable(await walk(page, unlock, async () => {}, 'Unlock'), 'unlock');
  await page.getByRole('button', { name: /Use the recovery key/ }).click();
  const recover = () => page.getByRole('form').first();
  expectReadable(await walk(page, recover, async () => {}, 'Unlock and set passphrase'), 'recover');
});

test('every form in the app says every problem in plain words', async ({ page }) => {
  test.setTimeout(240_000);
  await createVault(page);
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  // A supervisee to log for first, so the sessions forms are there.
  await page.getByRole('button', { name: 'Add supervisee' }).click();
  await page.getByLabel('Full name').fill('Yarrow Penhallow');
  await page.getByLabel('Supervision start').fill('2025-09-01');
  await page.getByRole('button', { name: 'Save supervisee' }).click();
  await expect(page.getByRole('link', { name: 'Yarrow Penhallow' })).toBeVisible();

  const supervisee = () => page.getByRole('form', { name: /supervisee/i });
  const messages = await walk(
    page,
    supervisee,
    async () => {
      await nav('Supervisees');
      await expect(page.getByRole('heading', { name: 'Supervisees', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Add supervisee' }).click();
    },
    'Save supervisee',
  );
  expectReadable(messages, 'supervisee form');

  await nav('Sessions & hours');
  const session = () => page.getByRole('form', { name: 'Log a session' });
  expectReadable(
    await walk(page, session, () => page.getByRole('button', { name: 'Log session' }).click(), 'Save session'),
    'quick log',
  );
  if (await session().isVisible()) await page.keyboard.press('Escape');

  const week = () => page.getByRole('form', { name: 'Log hours for a week' });
  expectReadable(
    await walk(page, week, () => page.getByRole('button', { name: 'Log hours for a week' }).click(), 'Save hours'),
    'week hours',
  );
  if (await week().isVisible()) await page.keyboard.press('Escape');

  const sign = () => page.getByRole('form', { name: 'Sign a period' });
  expectReadable(
    await walk(page, sign, () => page.getByRole('button', { name: 'Sign a period…' }).click(), 'Sign'),
    'sign a period',
  );

  await nav('Settings');
  const autoLock = () => page.getByRole('form', { name: 'Auto-lock' });
  expectReadable(await walk(page, autoLock, async () => {}, 'Save'), 'auto-lock');
  const passphrase = () => page.getByRole('form', { name: 'Change passphrase' });
  expectReadable(await walk(page, passphrase, async () => {}, 'Change passphrase'), 'change passphrase');
  const backups = () => page.locator('.card', { has: page.getByRole('heading', { name: 'Backups' }) }).locator('form');
  expectReadable(await walk(page, backups, async () => {}, 'Save schedule'), 'backup schedule');
  const pack = () => page.locator('.card', { has: page.getByRole('heading', { name: 'Custom rule pack' }) });
  expectReadable(await walk(page, pack, async () => {}, 'Save custom pack'), 'custom rule pack');
});
