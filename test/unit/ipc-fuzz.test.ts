// Random and malformed payloads on every channel (FUZZ_RUNS per channel, 1,000 by default): the
// registry never throws, every rejection is a typed error, and no rejected call writes anything.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../src-main/contract';
import { ERROR_CODES } from '../../src-main/contract/errors';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { vaultPaths } from '../../src-main/db/vault-files';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let someId = '';
let sessionId = '';
let noteId = '';
let actionId = '';

beforeAll(async () => {
  dir = tempDir();
  // No real waiting: the fuzzer sends thousands of wrong passphrases on purpose.
  core = createAppCore({
    vaultDir: dir.path,
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    sleep: async () => undefined,
  });
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
  someId = (
    unwrap(await core.registry.invoke('supervisees.list', {}, t)) as {
      id: string;
    }[]
  )[0]!.id;
  sessionId = (
    unwrap(
      await core.registry.invoke(
        'sessions.create',
        {
          superviseeId: someId,
          date: '2026-01-05',
          durationMinutes: 60,
          format: 'individual',
          modality: 'in_person',
        },
        t,
      ),
    ) as { id: string }
  ).id;
  const note = unwrap(
    await core.registry.invoke(
      'notes.create',
      {
        superviseeId: someId,
        date: '2026-01-05',
        caseCode: 'C-1',
        actions: [{ text: 'Check in', due: null }],
      },
      t,
    ),
  ) as { id: string; actions: { id: string }[] };
  noteId = note.id;
  actionId = note.actions[0]!.id;
});
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

// One valid payload per channel; mutations start from these so they get past the first checks.
function validPayload(ch: ChannelName): Record<string, unknown> {
  const examples: Record<ChannelName, Record<string, unknown>> = {
    'vault.status': {},
    'vault.create': {
      passphrase: 'a-long-enough-passphrase',
      sampleData: false,
    },
    'vault.unlock': { passphrase: PASSPHRASE },
    'vault.recover': {
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      newPassphrase: 'another-long-passphrase',
    },
    'vault.lock': { reason: 'user' },
    'vault.changePassphrase': {
      current: 'wrong-current-passphrase',
      next: 'another-long-passphrase',
    },
    'supervisees.list': { search: '', status: 'any', archived: 'include' },
    'supervisees.get': { id: someId },
    'supervisees.create': {
      fullName: 'Fuzz Person',
      discipline: 'other',
      supervisionStart: '2026-01-01',
    },
    'supervisees.update': { id: someId, patch: { site: 'Elsewhere' } },
    'supervisees.archive': { id: someId },
    'supervisees.restore': { id: someId },
    'supervisees.delete': { id: someId, confirmName: 'not the name' },
    'settings.get': {},
    'settings.update': { autoLockMinutes: 15 },
    'audit.list': { limit: 20 },
    'audit.verify': {},
    'audit.export': {},
    'backup.status': {},
    'backup.chooseFolder': {},
    'backup.now': {},
    'backup.pick': {},
    'backup.pickWhenLocked': {},
    'backup.restoreWhenLocked': { token: someId, passphrase: PASSPHRASE },
    'vault.setAside': { confirm: 'SET ASIDE' },
    'transfer.exportJson': {},
    'transfer.previewImport': {},
    'transfer.import': { token: someId },
    'backup.restore': {
      token: someId,
      passphrase: PASSPHRASE,
      confirm: 'REPLACE',
    },
    'sessions.list': { superviseeId: someId },
    'sessions.last': { superviseeId: someId },
    'sessions.create': {
      superviseeId: someId,
      date: '2026-01-06',
      durationMinutes: 90,
      format: 'group',
      groupSize: 4,
      modality: 'video',
      hours: [{ kind: 'direct', activity: 'individual', hours: 3 }],
    },
    'sessions.update': {
      id: sessionId,
      patch: {
        date: '2026-01-05',
        durationMinutes: 45,
        format: 'triadic',
        modality: 'phone',
      },
    },
    'sessions.delete': { id: sessionId },
    'sessions.restore': { id: sessionId },
    'hours.logWeek': {
      superviseeId: someId,
      weekStart: '2026-01-05',
      entries: [{ kind: 'indirect', hours: 2 }],
    },
    'hours.weekEntries': { superviseeId: someId },
    'hours.setWeek': {
      superviseeId: someId,
      weekStart: '2026-01-05',
      entries: [{ kind: 'indirect', hours: 1 }],
    },
    'hours.summary': { superviseeId: someId, period: { range: 'all' } },
    'hours.exportCsv': {
      superviseeId: 'all',
      from: '2026-01-01',
      to: '2026-12-31',
      layout: 'sessions',
    },
    'hours.exportPdf': {
      superviseeId: someId,
      from: '2026-01-01',
      to: '2026-01-31',
    },
    'rules.packs': {},
    'rules.saveCustom': {
      pack: {
        id: 'custom',
        name: 'Ours',
        version: '1',
        source: 'Our program handbook',
        targets: [{ id: 't', label: 'Total', metric: 'total_hours', min: 10 }],
        rules: [],
      },
    },
    'rules.evaluate': { superviseeId: someId },
    'periods.list': { superviseeId: someId },
    'periods.sign': {
      superviseeId: someId,
      from: '2026-02-02',
      to: '2026-02-08',
      supervisorName: 'Sable Rookwood',
      supervisorLicence: 'LMFT 0000',
      signedOn: '2026-02-09',
    },
    'reflections.sets': { includeRetired: true },
    'agreement.versions': { superviseeId: someId },
    'agreement.save': {
      superviseeId: someId,
      frequency: 'weekly',
      format: 'Individual',
      feedback: 'Both ways, monthly',
      evaluationDates: ['2026-06-01'],
      endsOn: '2027-01-01',
      endingSteps: ['final_evaluation'],
      endingPlan: 'A final meeting',
      reason: 'Changed',
    },
    'drafts.reflectionGet': { superviseeId: someId, setId: 'gibbs' },
    'drafts.reflectionSave': {
      superviseeId: someId,
      setId: 'gibbs',
      values: {
        sessionId: null,
        caseCode: 'C-1',
        goalId: null,
        themes: 'pacing',
        answers: { 'gibbs-feeling': 'Rushed' },
      },
    },
    'drafts.reflectionDiscard': { superviseeId: someId, setId: 'gibbs' },
    'frameworks.list': { includeRetired: true },
    'frameworks.create': {
      name: 'Ours',
      scaleMin: 1,
      scaleMax: 4,
      halfLevels: true,
      targetLevel: 3,
      levelLabels: [{ level: 1, label: 'Starting' }],
      competencies: [{ code: 'A1', name: 'Alliance', group: 'Core' }],
    },
    'frameworks.update': {
      family: 'apa-pwc',
      definition: {
        name: 'Ours',
        scaleMin: 1,
        scaleMax: 5,
        halfLevels: false,
        competencies: [{ code: 'A', name: 'B' }],
      },
    },
    'frameworks.retire': { family: 'cacrep-foundations', retired: true },
    'frameworks.import': {
      csv: {
        name: 'Ours',
        scaleMin: 1,
        scaleMax: 5,
        halfLevels: false,
        targetLevel: null,
      },
    },
    'frameworks.saveSample': { format: 'csv' },
    'reviews.list': { superviseeId: someId },
    'reviews.get': { id: someId },
    'reviews.create': {
      superviseeId: someId,
      frameworkId: 'apa-pwc-1',
      reviewedOn: '2026-01-05',
    },
    'reviews.save': {
      id: someId,
      reviewedOn: '2026-01-05',
      strengths: 'Warm',
      limitations: 'Pacing',
      ratings: [
        {
          competencyCode: 'RES',
          level: 3,
          comment: 'Good',
          evidence: [{ kind: 'session', id: sessionId }],
        },
      ],
    },
    'reviews.finalise': { id: someId },
    'reviews.reopen': { id: someId, reason: 'A level was wrong' },
    'reviews.delete': { id: someId },
    'reviews.evidenceOptions': { superviseeId: someId, upTo: '2026-06-01' },
    'growth.frameworks': { superviseeId: someId },
    'growth.series': { superviseeId: someId, family: 'apa-pwc' },
    'growth.compare': { superviseeId: someId, family: 'apa-pwc' },
    'growth.reportPdf': {
      superviseeId: someId,
      family: 'apa-pwc',
      title: 'Yearly assessment',
    },
    'checkins.list': { superviseeId: someId },
    'week.overview': { today: '2026-03-04' },
    'timeline.page': {
      superviseeId: someId,
      groups: ['notes', 'actions'],
      risk: 'any',
      text: 'check',
      direction: 'older',
      cursor: { at: '2026-02-01', kind: 'note', id: noteId },
      limit: 20,
    },
    'checkins.create': {
      superviseeId: someId,
      sessionId,
      checkedOn: '2026-01-05',
      respondent: 'supervisee',
      goals: 8,
      tasks: 7,
      bond: 9,
      comment: 'Felt heard',
    },
    'checkins.delete': { id: someId },
    'feedback.list': { superviseeId: someId },
    'feedback.create': {
      superviseeId: someId,
      receivedOn: '2026-01-05',
      source: 'supervisee',
      feedback: 'More structure please',
      changed: 'Agenda first',
    },
    'feedback.update': {
      id: someId,
      receivedOn: '2026-01-05',
      source: 'program',
      feedback: 'More structure please',
      changed: '',
    },
    'feedback.delete': { id: someId },
    'constellation.list': { superviseeId: someId },
    'constellation.add': {
      superviseeId: someId,
      name: 'Dr. Example',
      role: 'site_supervisor',
      covers: 'Site cases',
    },
    'constellation.update': {
      id: someId,
      name: 'Dr. Example',
      role: 'coach',
      covers: '',
    },
    'constellation.remove': { id: someId },
    'goals.list': { superviseeId: someId },
    'goals.create': {
      superviseeId: someId,
      text: 'Lead a group',
      targetDate: '2026-09-01',
    },
    'goals.update': { id: someId, text: 'Lead a group', targetDate: null },
    'goals.review': {
      id: someId,
      reviewedOn: '2026-03-02',
      status: 'in_progress',
      comment: 'Getting there',
    },
    'reflections.createSet': {
      name: 'Mine',
      model: 'Solution-focused',
      prompts: [{ text: 'What went well?' }],
    },
    'reflections.updateSet': {
      id: 'gibbs',
      name: 'Mine',
      prompts: [{ id: 'p1', text: 'What went well?' }],
    },
    'reflections.retireSet': { id: 'gibbs', retired: true },
    'reflections.tag': { id: someId, themes: ['boundaries', 'self-care'] },
    'reflections.themes': { superviseeId: someId },
    'reflections.prepare': {
      superviseeId: someId,
      prompts: [{ setId: 'gibbs', promptId: 'feeling' }],
    },
    'reflections.prepared': { superviseeId: someId, sessionId },
    'reflections.unprepare': { id: someId },
    'reflections.sheetPdf': {
      superviseeId: someId,
      setId: 'gibbs',
      date: '2026-03-02',
    },
    'reflections.save': {
      superviseeId: someId,
      setId: 'gibbs',
      sessionId,
      caseCode: 'C-1',
      goalId: someId,
      themes: ['relief'],
      answers: [
        {
          promptId: 'feeling',
          answer: 'Anxious, then relieved',
          preparedId: someId,
        },
      ],
    },
    'reflections.list': {
      superviseeId: someId,
      setId: 'gibbs',
      promptId: 'feeling',
      theme: 'relief',
      goalId: someId,
    },
    'search.query': {
      text: 'pacing exp',
      superviseeId: someId,
      kind: 'note',
      from: '2026-01-01',
      risk: true,
    },
    'drafts.get': { superviseeId: someId, noteId: null },
    'drafts.save': {
      superviseeId: someId,
      noteId: noteId,
      values: {
        sessionId: null,
        date: '2026-01-0',
        caseCode: 'C-1',
        presentingConcern: '',
        discussion: 'Half typed',
        guidance: '',
        reactions: '',
        plan: '',
        riskFlags: [],
        identifiersReason: null,
        actions: [{ text: 'Call', due: null, done: false }],
      },
    },
    'drafts.discard': { superviseeId: someId, noteId: null },
    'notes.findIdentifiers': {
      texts: [{ field: 'discussion', text: 'Called 555-201-3344' }],
    },
    'notes.list': { superviseeId: someId, limit: 200 },
    'notes.get': { id: noteId },
    'notes.case': { superviseeId: someId, caseCode: 'C-1' },
    'notes.create': {
      superviseeId: someId,
      sessionId,
      date: '2026-01-06',
      caseCode: 'C-2',
      discussion: 'Fuzz text',
      riskFlags: ['legal'],
      actions: [{ text: 'Follow up', due: '2026-02-01' }],
    },
    'notes.update': {
      id: noteId,
      patch: { date: '2026-01-05', caseCode: 'C-1', riskFlags: [] },
    },
    'notes.delete': { id: noteId },
    'notes.restore': { id: noteId },
    'notes.openRisks': {},
    'actions.open': { superviseeId: someId },
    'actions.setDone': { id: actionId, done: true },
    'periods.reopen': {
      id: someId,
      reason: 'Corrected a duration entered wrongly',
      reopenedBy: 'Dr. Tamarisk',
    },
  };
  return examples[ch];
}

const weird = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

function payloads(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const arbs = [
    weird,
    fc
      .tuple(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), weird)
      .map(([k, v]) => ({ ...valid, [k]: v })),
    fc.string({ maxLength: 4000 }).map((s) => (keys.length ? { ...valid, [keys[0]!]: s } : { text: s })),
    fc.constantFrom(undefined, null, 0, '', [], [valid], 'vault.status'),
  ];
  if (keys.length)
    arbs.push(
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    );
  return fc.oneof(...arbs);
}

function diskAndDbState(): string {
  const changes =
    core.vault.status().state === 'unlocked'
      ? (core.vault.openVault().sqlite.prepare('select total_changes() as n').get() as { n: number }).n
      : -1;
  const keyFile = createHash('sha256')
    .update(readFileSync(vaultPaths(dir.path).keyFile))
    .digest('hex');
  return `${changes}:${keyFile}`;
}

// A channel's runs are sized by count (FUZZ_RUNS); the slowest (vault.lock, which locks and
// unlocks) takes about 19 s on a busy machine, so three minutes leaves room to spare.
describe('ipc fuzzing', { timeout: 180_000 }, () => {
  it.each([...CHANNEL_NAMES])('%s: malformed payloads get typed errors and change nothing', async (channel) => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(payloads(validPayload(channel)), async (payload) => {
        if (core.vault.status().state !== 'unlocked')
          unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
        const before = diskAndDbState();
        const r = await core.registry.invoke(channel, payload, t);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          rejected++;
          expect(ERROR_CODES).toContain(r.error.code);
          expect(typeof r.error.message).toBe('string');
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(r.error.message).not.toMatch(/\n\s+at |SQLITE_|Error:/);
          expect(Object.keys(r)).toEqual(['ok', 'error']);
          expect(diskAndDbState()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    expect(rejected).toBeGreaterThan(RUNS / 4);
  });

  it('refuses every channel from an untrusted sender without touching anything', async () => {
    for (const channel of CHANNEL_NAMES) {
      const before = diskAndDbState();
      const r = await core.registry.invoke(channel, validPayload(channel), {
        trusted: false,
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(diskAndDbState()).toBe(before);
    }
  });
});
