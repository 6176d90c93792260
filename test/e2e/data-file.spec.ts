// Settings' whole-vault JSON: export it (said to be unencrypted), then import files through the
// preview. A file whose records clash with the vault is refused with every problem named by its
// place and nothing written; a good file says what it adds, and only then is imported.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manySessionsFile } from '../helpers/records';
import { addSupervisee, createVault, expect, openView, test } from './fixtures';

test('export everything, preview a file that is refused and one that is imported', async ({ page, bridge }) => {
  await createVault(page);
  await addSupervisee(page, 'Sample Person');
  await openView(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const card = page.getByRole('region', { name: 'Your records as a file' });

  await card.getByRole('button', { name: 'Export everything (JSON)…' }).click();
  await expect(card.getByText(/^Saved to .*alliance-export-.*\.json\. It is not encrypted/)).toBeVisible();

  // The vault's own export: every supervisee in it is already here, so it is refused by place.
  const exported = (await card.getByText(/^Saved to /).textContent())!.match(/^Saved to (.*\.json)\./)![1]!;
  bridge.nextFileToOpen = exported;
  await card.getByRole('button', { name: 'Import from a file…' }).click();
  const refused = card.getByRole('region', { name: 'What would be refused' });
  await expect(refused).toContainText('cannot be imported as it is');
  await expect(refused.getByRole('list', { name: 'Refused' })).toContainText('entities.supervisees[0].id');
  await refused.getByRole('button', { name: 'Close' }).click();

  // A file from another vault with one new supervisee: previewed, then imported.
  const other = join(bridge.exportsDir, 'from-another-vault.json');
  writeFileSync(
    other,
    JSON.stringify({
      format: 'alliance-export',
      version: 6,
      exportedAt: '2026-11-30T10:00:00.000Z',
      entities: {
        supervisees: [
          {
            id: '00000000-0000-4000-8000-00000000abcd',
            fullName: 'Imported Person',
            discipline: 'psychology_trainee',
            licenceTrack: '',
            registrationNumber: '',
            program: '',
            site: '',
            supervisionStart: '2026-09-01',
            supervisionEnd: null,
            status: 'active',
            rulePack: null,
            archivedAt: null,
            createdAt: '2026-09-01T10:00:00.000Z',
            updatedAt: '2026-09-01T10:00:00.000Z',
          },
        ],
      },
    }),
  );
  bridge.nextFileToOpen = other;
  await card.getByRole('button', { name: 'Import from a file…' }).click();
  const holds = card.getByRole('region', { name: 'What the file holds' });
  await expect(holds).toContainText('it adds 1 supervisee, 0 sessions, 0 case notes and 0 reflections');
  await expect(holds).toContainText('Nothing has been written yet.');
  await holds.getByRole('button', { name: 'Import these records' }).click();
  await expect(card.getByText('Imported 1 supervisee, 0 sessions, 0 case notes and 0 reflections.')).toBeVisible();
  await openView(page, 'Supervisees');
  await expect(page.getByRole('link', { name: 'Imported Person' })).toBeVisible();
});

test('a large file shows a running count while it is checked and imported', async ({ page, bridge }) => {
  // Sized to take seconds, so the count is seen: checking and importing it take about 10 s here.
  test.setTimeout(180_000);
  await createVault(page);
  await openView(page, 'Settings');
  const card = page.getByRole('region', { name: 'Your records as a file' });
  // One supervisee and 150,000 sessions: about 60 MB, a few seconds of checking here.
  const big = join(bridge.exportsDir, 'a-big-file.json');
  writeFileSync(big, JSON.stringify(manySessionsFile(150_000)));
  bridge.nextFileToOpen = big;
  await card.getByRole('button', { name: 'Import from a file…' }).click();
  await expect(card.getByRole('status')).toHaveText('Checking every record in the file; nothing is written yet…');
  await expect(card.getByTestId('read-so-far')).toHaveText(/^[\d,]+ records read \(\d{1,2}%\)$/);
  const holds = card.getByRole('region', { name: 'What the file holds' });
  await expect(holds).toContainText('it adds 1 supervisee, 150,000 sessions, 0 case notes and 0 reflections', {
    timeout: 60_000,
  });
  await expect(card.getByTestId('read-so-far')).toHaveCount(0);

  await holds.getByRole('button', { name: 'Import these records' }).click();
  await expect(card.getByTestId('read-so-far')).toHaveText(/^[\d,]+ records read \(\d{1,2}%\)$/);
  await expect(card.getByText('Imported 1 supervisee, 150,000 sessions, 0 case notes and 0 reflections.')).toBeVisible({
    timeout: 60_000,
  });
});
