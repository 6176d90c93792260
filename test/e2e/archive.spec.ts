// The archive as its reader meets it: written from the supervisee's page, opened from disk in a
// browser with the network off and no Alliance behind it, and read back: the weekly totals and a
// review's levels equal what the app shows, a wrong passphrase is refused, and the file holds no
// plaintext of the records.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { isNull } from 'drizzle-orm';
import { caseNotes, supervisees, supervisionSessions } from '../../src-main/db/schema';
import { scan } from './axe-scan';
import { createVault, expect, openView, PASSPHRASE, test } from './fixtures';

const isoOf = (us: string) => {
  const [m, d, y] = us.split('/');
  return `${y}-${m}-${d}`;
};

async function rowsOf(table: ReturnType<Page['getByRole']>): Promise<string[][]> {
  const rows = table.locator('tbody tr');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++)
    out.push((await rows.nth(i).locator('td, th').allTextContents()).map((c) => c.trim()));
  return out;
}

// Opens a written archive in a fresh page of the same browser with the network off; every request
// it makes is kept (only the file itself may be read).
async function openArchive(page: Page, path: string) {
  const viewer = await page.context().newPage();
  const requests: string[] = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await page.context().setOffline(true);
  await viewer.goto(pathToFileURL(path).href);
  return { viewer, requests };
}

async function unlock(viewer: Page, secret: string) {
  await viewer.getByLabel('Passphrase or recovery key').fill(secret);
  await viewer.getByRole('button', { name: 'Open' }).click();
}

test('an archive opens from disk with no network and reads as the app does', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  const recoveryKey = await createVault(page, { sample: true });

  // The app's own figures: the weekly totals of the supervisee first in Sessions & hours...
  await openView(page, 'Sessions & hours');
  const picker = page.getByLabel('Supervisee', { exact: true });
  const name = (await picker.locator('option:checked').textContent())!.trim();
  const appWeeks = await rowsOf(page.getByRole('table', { name: 'Weekly hours' }));
  expect(appWeeks.length).toBeGreaterThan(0);

  // ...and the levels of their newest review, as its page shows them.
  await openView(page, 'Competencies');
  await page.getByLabel('Supervisee', { exact: true }).selectOption({ label: name });
  const open = page.getByRole('link', { name: /^Open the review of / }).first();
  const reviewDay = isoOf((await open.getAttribute('aria-label'))!.replace('Open the review of ', ''));
  await open.click();
  await expect(page.locator('select[id^="level-"]').first()).toBeVisible();
  const appLevels = new Map<string, string>();
  for (const select of await page.locator('select[id^="level-"]').all())
    appLevels.set((await select.getAttribute('id'))!.slice('level-'.length), await select.inputValue());
  expect(appLevels.size).toBeGreaterThan(0);

  // Written from the supervisee's page, opening with the vault's passphrase.
  await openView(page, 'Supervisees');
  await page.getByRole('link', { name, exact: true }).click();
  const card = page.getByRole('form', { name: 'Archive file' });
  await card.getByRole('button', { name: 'Export an archive…' }).click();
  const saved = card.getByText(/^Saved to /);
  await expect(saved).toBeVisible();
  const path = (await saved.textContent())!.replace(/^Saved to /, '').replace(/\.html\. .*$/, '.html');
  const html = readFileSync(path, 'utf8');

  // No plaintext: names, session topics and note texts are nowhere in the file.
  const db = bridge.core.vault.db();
  const canaries = [
    ...db.select({ t: supervisees.fullName }).from(supervisees).all(),
    ...db.select({ t: supervisionSessions.topics }).from(supervisionSessions).limit(20).all(),
    ...db.select({ t: caseNotes.discussion }).from(caseNotes).where(isNull(caseNotes.deletedAt)).limit(20).all(),
  ]
    .map((r) => r.t)
    .filter((t) => t.length >= 8);
  expect(canaries.length).toBeGreaterThan(5);
  for (const c of canaries) expect(html.includes(c), 'a record’s text is in the archive as plaintext').toBe(false);

  const { viewer, requests } = await openArchive(page, path);
  await unlock(viewer, 'not-the-passphrase-at-all');
  await expect(viewer.getByRole('status')).toHaveText('That passphrase or recovery key does not open this archive.');
  await expect(viewer.getByRole('heading', { level: 1, name: /^Alliance archive: / })).toBeHidden();

  await scan(viewer, 'the archive, locked');
  await unlock(viewer, PASSPHRASE);
  await expect(viewer.getByRole('heading', { level: 1, name: `Alliance archive: ${name}` })).toBeVisible();
  await expect(viewer.getByLabel('Passphrase or recovery key')).toBeHidden();
  await scan(viewer, 'the archive, open');

  // Every week the app shows has the same figures in the archive (the app lists the newest first).
  const archiveWeeks = new Map(
    (await rowsOf(viewer.getByRole('table', { name: 'Week by week' }))).map((r) => [r[0], r]),
  );
  for (const [weekOf, ...figures] of appWeeks) expect(archiveWeeks.get(isoOf(weekOf!))?.slice(1)).toEqual(figures);

  // The review's levels, competency by competency.
  const review = viewer.getByRole('table', { name: new RegExp(`^Review of ${reviewDay} `) }).first();
  const archiveLevels = new Map((await rowsOf(review)).map((r) => [r[0]!.split(' ')[0], r[1]]));
  for (const [code, level] of appLevels) expect(archiveLevels.get(code)).toBe(level === '' ? 'Not rated' : level);

  // The recovery key opens it too.
  await viewer.reload();
  await unlock(viewer, recoveryKey.toLowerCase());
  await expect(viewer.getByRole('heading', { level: 1, name: `Alliance archive: ${name}` })).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  await viewer.close();
  await page.context().setOffline(false);

  // A copy cut short (its last supervisee's piece gone) says so, and shows nothing.
  const cut = path.replace(/\.html$/, '-cut.html');
  writeFileSync(cut, html.replace(/\n[^\n]*\n<\/script>\n<script>/, '\n</script>\n<script>'));
  const damaged = await openArchive(page, cut);
  await unlock(damaged.viewer, PASSPHRASE);
  await expect(damaged.viewer.getByRole('status')).toHaveText(/^This archive file is damaged or incomplete/);
  await expect(damaged.viewer.getByRole('heading', { level: 1, name: /^Alliance archive: / })).toBeHidden();
  await damaged.viewer.close();
  await page.context().setOffline(false);

  // The hand-over copy opens with the passphrase chosen for it, and not with the vault's.
  await card.getByLabel('A new passphrase, to give with the file').check();
  await card.getByLabel('Archive passphrase', { exact: true }).fill('meadow-copper-violin-88');
  await card.getByLabel('Confirm archive passphrase').fill('meadow-copper-violin-87');
  await card.getByRole('button', { name: 'Export an archive…' }).click();
  await expect(card.getByText('The two passphrases are different.')).toBeVisible();
  await card.getByLabel('Confirm archive passphrase').fill('meadow-copper-violin-88');
  await card.getByRole('button', { name: 'Export an archive…' }).click();
  await expect(card.getByText(/It opens with the passphrase you chose/)).toBeVisible();
  const handOver = await openArchive(page, path);
  await unlock(handOver.viewer, PASSPHRASE);
  await expect(handOver.viewer.getByRole('status')).toHaveText(
    'That passphrase or recovery key does not open this archive.',
  );
  await unlock(handOver.viewer, 'meadow-copper-violin-88');
  await expect(handOver.viewer.getByRole('heading', { level: 1, name: `Alliance archive: ${name}` })).toBeVisible();
  expect(handOver.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  await page.context().setOffline(false);
});
