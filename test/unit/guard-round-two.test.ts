// Second adversarial round, the de-identification guard: the typed forms that got past it (digits
// with no separators, spaced numbers, look-alike dashes, spaces and digits, lower-case addresses),
// case codes shaped like identifiers, and the JSON import, which never ran it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/core/app/app-core';
import type { ChannelInput, ChannelName } from '../../src-main/contract';
import { findIdentifiers } from '../../src-main/core/notes/identifiers';
import { importProblems } from '../helpers/import-problems';
import { superviseeRecord } from '../helpers/records';
import { CONTROL_REFUSED } from '../../src-main/contract/common';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let ana: string;

async function invoke(ch: ChannelName, input: unknown) {
  return core.registry.invoke(ch, input as ChannelInput<typeof ch>, t);
}

beforeAll(async () => {
  dir = tempDir();
  core = newCore(join(dir.path, 'vault'));
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  ana = (
    unwrap(
      await invoke('supervisees.create', {
        fullName: 'Ansel Marchbank',
        discipline: 'other',
        supervisionStart: '2025-01-01',
      }),
    ) as { id: string }
  ).id;
});
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

// Each of these was saved with no reason asked before this round.
const SLIPPED = [
  'Her cell is 5552013344 if the session moves.',
  'The intake form says SSN is 123 45 6789.',
  'Mother can be called on 555\u2011201\u20113344 in the day.',
  'Mother can be called on 555\u2013201\u20133344 in the day.',
  'Reached at 555\u00a0201\u00a03344 after work.',
  'Her number is \uff15\uff15\uff15-\uff12\uff10\uff11-\uff13\uff13\uff14\uff14 on the referral.',
  'Number: 555-\u200b201-\u200b3344.',
  'Client moved to 12 oak street last month.',
  'The family lives at 4 birch lane near the school.',
  'MRN was 0048291 on the letter.',
  'Call 15552013344 to reach the aunt.',
  'Social 123456789 was on the form.',
];

describe('the guard reads text in its normal form', () => {
  it.each(SLIPPED)('finds an identifier in %j', (text) => {
    expect(findIdentifiers(text).length).toBeGreaterThan(0);
  });

  it('points at the characters the person wrote, look-alikes included', () => {
    const text = 'Call \uff15\uff15\uff15-\uff12\uff10\uff11-\uff13\uff13\uff14\uff14 today, or 555\u200b-201-3344.';
    const found = findIdentifiers(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      '\uff15\uff15\uff15-\uff12\uff10\uff11-\uff13\uff13\uff14\uff14',
      '555\u200b-201-3344',
    ]);
  });

  it('leaves counts, doses, distances and session numbers alone', () => {
    for (const text of [
      'She drives 2 hours on the road to reach the clinic.',
      'Client walks 3 miles down the street each morning.',
      'Sertraline 50 mg since 2019; PHQ-9 was 17.',
      'Session 14 of 20 focused on the parallel process.',
    ])
      expect(findIdentifiers(text), text).toEqual([]);
  });

  it('asks for a reason before a typed note with any of them is kept', async () => {
    for (const text of SLIPPED) {
      const r = await invoke('notes.create', {
        superviseeId: ana,
        date: '2026-03-02',
        caseCode: 'C-1',
        discussion: text,
      });
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error.issues?.[0]?.path).toEqual(['discussion']);
    }
  });
});

describe('case codes', () => {
  it('refuses codes shaped like a name, a phone, ID or record number, or a date', async () => {
    for (const caseCode of [
      'Jane.Doe',
      'Jane-Doe',
      '555-201-3344',
      '5552013344',
      '123-45-6789',
      '1988-03-14',
      '03.14.88',
      'C-0048291',
    ]) {
      const r = await invoke('notes.create', { superviseeId: ana, date: '2026-03-02', caseCode });
      expect(r.ok, caseCode).toBe(false);
      if (!r.ok) expect(r.error.issues?.[0]?.message, caseCode).toMatch(/does not identify the client/);
    }
  });

  it('keeps the codes supervisors use', async () => {
    for (const caseCode of ['C-014', 'JD', '2026.07', 'HV-201', 'K9', 'c.12'])
      expect((await invoke('notes.create', { superviseeId: ana, date: '2026-03-02', caseCode })).ok, caseCode).toBe(
        true,
      );
  });
});

describe('control characters', () => {
  it('are refused in every text field (NUL, ETX, a right-to-left override), tabs and line breaks kept', async () => {
    for (const bad of ['a\u0000b', 'cut\u0003here', 'evil\u202Etxt.exe', 'bell\u0007']) {
      const note = await invoke('notes.create', { superviseeId: ana, date: '2026-03-02', caseCode: 'C-1', plan: bad });
      expect(note).toMatchObject({ ok: false, error: { issues: [{ path: ['plan'], message: CONTROL_REFUSED }] } });
      const person = await invoke('supervisees.create', {
        fullName: bad,
        discipline: 'other',
        supervisionStart: '2026-01-05',
      });
      expect(person).toMatchObject({ ok: false, error: { issues: [{ path: ['fullName'] }] } });
    }
    const kept = await invoke('notes.create', {
      superviseeId: ana,
      date: '2026-03-02',
      caseCode: 'C-1',
      plan: 'First:\tpace\nThen:\r\nrepair',
    });
    expect(kept.ok).toBe(true);
  });
});

describe('the JSON import', () => {
  const STAMP = '2026-03-02T10:00:00.000Z';
  const SUP = '4b6b90dc-add2-430d-9827-1c304c1d23e1';
  const NOTE = '5c7ca1ed-bee3-441e-8938-2d415d2e34f2';
  const file = (note: Record<string, unknown>, actionText: string) => ({
    format: 'alliance-export',
    version: 6,
    exportedAt: STAMP,
    entities: {
      supervisees: [superviseeRecord({ id: SUP, createdAt: STAMP, updatedAt: STAMP })],
      caseNotes: [
        {
          id: NOTE,
          superviseeId: SUP,
          sessionId: null,
          date: '2026-03-02',
          caseCode: 'C-7',
          presentingConcern: '',
          discussion: '',
          guidance: '',
          reactions: '',
          plan: '',
          riskFlags: [],
          identifiersReason: null,
          deletedAt: null,
          createdAt: STAMP,
          updatedAt: STAMP,
          ...note,
        },
      ],
      noteActions: [
        {
          id: '6d8db2fe-cff4-452f-8a49-3e526e3f4503',
          noteId: NOTE,
          superviseeId: SUP,
          text: actionText,
          due: null,
          doneAt: null,
          doneOn: null,
          createdAt: STAMP,
        },
      ],
    },
  });

  it('refuses a note and an action item whose text holds identifiers, naming where', () => {
    const problems = importProblems(
      core.vault.db(),
      file({ discussion: 'Her partner called from 555-201-3344.' }, 'E-mail kay.ortega88@examplemail.com'),
    );
    expect(problems.map((p) => p.location)).toEqual([
      'entities.caseNotes[0].discussion',
      'entities.noteActions[0].text',
    ]);
    expect(problems[0]!.message).toMatch(/may identify the client \(a phone or fax number\)/);
    expect(JSON.stringify(problems)).not.toContain('555-201-3344');
  });

  it('refuses control characters in a note as the app does', () => {
    const problems = importProblems(core.vault.db(), file({ guidance: 'cut\u0003here' }, 'Read on activation'));
    expect(problems).toEqual([{ location: 'entities.caseNotes[0].guidance', message: CONTROL_REFUSED }]);
  });

  it('refuses a case code shaped like an identifier', () => {
    const problems = importProblems(core.vault.db(), file({ caseCode: '123-45-6789' }, 'Read on activation'));
    expect(problems.map((p) => p.location)).toEqual(['entities.caseNotes[0].caseCode']);
  });

  it('imports the same note when it carries the reason the app kept', () => {
    const problems = importProblems(
      core.vault.db(),
      file(
        {
          discussion: 'Her partner called from 555-201-3344.',
          identifiersReason: 'Crisis line number, kept on purpose',
        },
        'E-mail kay.ortega88@examplemail.com',
      ),
    );
    expect(problems).toEqual([]);
  });
});
