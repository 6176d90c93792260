// The PDF weekly log, read back page by page with pdfjs-dist.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Supervisee } from '../../src-main/contract/supervisees';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { weeklyLogPdf } from '../../src-main/core/hours/hours-pdf';
import { pdfPages } from '../helpers/pdf-text';
import { dayText } from '../../src-main/contract/dates';

// Days in the PDF are written as the screens write them (the locale's short date); as a pattern:
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const day = (iso: string) => esc(dayText(iso));
const ANY_DAY = esc(dayText('2026-10-31')).replace(/\d/g, '\\d');
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let person: Supervisee;

beforeAll(async () => {
  dir = tempDir();
  core = createAppCore({ vaultDir: join(dir.path, 'vault'), migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
  person = (unwrap(await core.registry.invoke('supervisees.list', { status: 'active' }, t)) as Supervisee[])[0]!;
  unwrap(
    await core.registry.invoke(
      'periods.sign',
      {
        superviseeId: person.id,
        from: '2026-09-01',
        to: '2026-09-30',
        supervisorName: 'Sable Rookwood',
        supervisorLicence: 'LMFT 54321',
        signedOn: '2026-10-02',
      },
      t,
    ),
  );
});
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

describe('weekly log PDF', () => {
  it('is a PDF document', async () => {
    const pdf = await weeklyLogPdf(core.vault.db(), person, '2025-11-01', '2026-10-31');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });

  it('reads back with the names, weeks, totals, signature lines and page numbers', async () => {
    const pdf = await weeklyLogPdf(core.vault.db(), person, '2025-11-01', '2026-10-31');
    const pageTexts = await pdfPages(pdf);
    const text = pageTexts.join('\n');
    const summary = unwrap(
      await core.registry.invoke(
        'hours.summary',
        { superviseeId: person.id, period: { range: 'custom', from: '2025-11-01', to: '2026-10-31' } },
        t,
      ),
    ) as { supervisionHours: number; directHours: number; weeks: unknown[] };
    expect(text).toContain('Weekly supervision log');
    expect(text).toContain(person.fullName);
    expect(text).toContain(person.registrationNumber);
    expect(text).toContain('Sable Rookwood, licence LMFT 54321');
    expect(text).toMatch(new RegExp(`Period: ${day('2025-11-01')} to ${day('2026-10-31')}`));
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2} to/);
    expect(text).toMatch(
      new RegExp(
        `Total\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+` +
          `${summary.supervisionHours.toFixed(2)}\\s+${summary.directHours.toFixed(2)}`,
      ),
    );
    expect(text.match(new RegExp(`${ANY_DAY} to ${ANY_DAY}\\s+\\d+\\s+`, 'g'))!.length).toBeGreaterThanOrEqual(
      summary.weeks.length,
    );
    expect(text).toMatch(/Supervisee signature/);
    expect(text).toMatch(/Supervisor signature/);
    expect(text).toMatch(/Direct hours by activity: (Individual therapy|Group therapy|none logged)/);
    expect(text).toMatch(/SHA-256 of the period's records at signing:\s+[0-9a-f]{64}/);
    expect(text).toMatch(/Vault audit trail at export: \d+ events, head hash [0-9a-f]{64}/);
    const pages = Number(/Page 1 of (\d+)/.exec(text)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text.match(/Period\s+Sessions\s+Ind\.\/triadic h/g)!.length).toBeGreaterThanOrEqual(pages);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(pageTexts.length).toBe(pages);
  });

  it('has a row per month, each with its own sums, for a pack signed monthly', async () => {
    const db = core.vault.db();
    const monthly = { ...person, rulePack: 'cacrep-practicum' };
    unwrap(
      await core.registry.invoke('supervisees.update', { id: person.id, patch: { rulePack: 'cacrep-practicum' } }, t),
    );
    const text = (await pdfPages(await weeklyLogPdf(db, monthly, '2025-11-01', '2026-10-31'))).join('\n');
    expect(text).toContain('Monthly supervision log');
    const sums = async (from: string, to: string) =>
      unwrap(
        await core.registry.invoke(
          'hours.summary',
          { superviseeId: person.id, period: { range: 'custom', from, to } },
          t,
        ),
      ) as { sessions: number; supervisionHours: number; directHours: number };
    // September is signed as a whole month: its row says so, with September's own sums.
    const september = await sums('2026-09-01', '2026-09-30');
    expect(text).toMatch(
      new RegExp(
        `${day('2026-09-01')} to ${day('2026-09-30')}\\s+${september.sessions}\\s+[\\d.]+\\s+[\\d.]+\\s+` +
          `${september.supervisionHours.toFixed(2)}\\s+${september.directHours.toFixed(2)}\\s+[\\d.]+\\s+yes`,
      ),
    );
    const october = await sums('2026-10-01', '2026-10-31');
    expect(text).toMatch(
      new RegExp(`${day('2026-10-01')} to ${day('2026-10-31')}\\s+${october.sessions}\\s+[\\d.\\s]+no`),
    );
    // No week rows: every row runs from a month's first day.
    expect(text.match(new RegExp(`${ANY_DAY} to ${ANY_DAY}\\s+\\d+\\s+`, 'g'))!.length).toBeLessThanOrEqual(12);
    unwrap(
      await core.registry.invoke('supervisees.update', { id: person.id, patch: { rulePack: person.rulePack } }, t),
    );
  });

  it('says who reopened a period and why, not the signer', async () => {
    const [period] = unwrap(await core.registry.invoke('periods.list', { superviseeId: person.id }, t)) as {
      id: string;
    }[];
    unwrap(
      await core.registry.invoke(
        'periods.reopen',
        { id: period!.id, reason: 'A group session was logged twice', reopenedBy: 'Dr. Linnea Corvid' },
        t,
      ),
    );
    // Lines wrap where the page ends: compare with every run of white space as one space.
    const text = (await pdfPages(await weeklyLogPdf(core.vault.db(), person, '2025-11-01', '2026-10-31')))
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(text).toMatch(
      new RegExp(
        `signed by Sable Rookwood \\(LMFT 54321\\) on ${day('2026-10-02')}\\.\\s+Reopened on ${ANY_DAY} by Dr\\. ` +
          `Linnea Corvid: A group session was logged twice`,
      ),
    );
  });
});
