// Competency frameworks (templates, own ones, versions, CSV and JSON files) and reviews (levels on the
// scale, evidence of the same supervisee, the previous level and drops, the SHA-256 lock and
// reopening), the growth series and comparison, and the growth report read back from its PDF.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import {
  MAX_EVIDENCE_PER_RATING,
  type Framework,
  type Review,
  type ReviewSummary,
  type EvidenceOption,
} from '../../src-main/contract/frameworks';
import type { GrowthComparison, GrowthSeries } from '../../src-main/contract/growth';
import { changeText, isLevel, levelChange, levelsOf, levelText } from '../../src-main/contract/levels';
import { AppError } from '../../src-main/contract/errors';
import { importFrameworkFile } from '../../src-main/core/frameworks/import-workflow';
import { parseFrameworkCsv, parseFrameworkJson, sampleFile } from '../../src-main/core/frameworks/import-file';
import { growthReportData } from '../../src-main/core/frameworks/report-export';
import { growthReportPdf } from '../../src-main/core/frameworks/report-pdf';
import { listAudit } from '../../src-main/core/audit/audit-log';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { EXPORT_VERSION, type ExportDocument } from '../../src-main/core/data-transfer/json-format';
import { dayText } from '../../src-main/contract/dates';
import { importProblems } from '../helpers/import-problems';
import { pdfPages } from '../helpers/pdf-text';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

let v: RegistryVault;
let ana: string;
let ben: string;
let anaSession: string;
let benSession: string;
const invoke = (ch: ChannelName, input: unknown) => v.invoke(ch, input);
const call = <T>(ch: ChannelName, input: unknown) => v.call<T>(ch, input);
const db = () => v.core.vault.db();

const session = async (superviseeId: string, date: string) =>
  (
    await call<{ id: string }>('sessions.create', {
      superviseeId,
      date,
      durationMinutes: 60,
      format: 'individual',
      modality: 'in_person',
    })
  ).id;

beforeAll(async () => {
  v = await openRegistryVault();
  ana = await v.person('Ansel Marchbank');
  ben = await v.person('Brielle Fenwold');
  anaSession = await session(ana, '2026-03-02');
  benSession = await session(ben, '2026-03-02');
});
afterAll(() => v.close());

const settings = { name: 'Practicum', scaleMin: 1, scaleMax: 4, halfLevels: true, targetLevel: 3 };
const own = {
  ...settings,
  levelLabels: [{ level: 1, label: 'Starting' }],
  competencies: [
    { code: 'REL', name: 'Relationship', group: 'Core' },
    { code: 'ASM', name: 'Assessment', group: 'Core' },
  ],
};

describe('level arithmetic', () => {
  const scale = fc
    .record({
      scaleMin: fc.integer({ min: 0, max: 9 }),
      span: fc.integer({ min: 1, max: 10 }),
      halfLevels: fc.boolean(),
    })
    .map((s) => ({ scaleMin: s.scaleMin, scaleMax: s.scaleMin + s.span, halfLevels: s.halfLevels }));

  it('offers every step from min to max, each a level, and nothing between steps', () => {
    fc.assert(
      fc.property(scale, (s) => {
        const levels = levelsOf(s);
        const steps = (s.scaleMax - s.scaleMin) * (s.halfLevels ? 2 : 1);
        expect(levels).toHaveLength(steps + 1);
        expect(levels[0]).toBe(s.scaleMin);
        expect(levels.at(-1)).toBe(s.scaleMax);
        for (const l of levels) expect(isLevel(s, l)).toBe(true);
        expect(isLevel(s, s.scaleMin + 0.25)).toBe(false);
        expect(isLevel(s, s.scaleMin + 0.5)).toBe(s.halfLevels);
        expect(isLevel(s, s.scaleMax + (s.halfLevels ? 0.5 : 1))).toBe(false);
        expect(isLevel(s, s.scaleMin - 0.5)).toBe(false);
      }),
    );
  });

  it('measures change as the difference, antisymmetric, and none where a level is missing', () => {
    fc.assert(
      fc.property(scale, fc.nat(), fc.nat(), (s, i, j) => {
        const levels = levelsOf(s);
        const a = levels[i % levels.length]!;
        const b = levels[j % levels.length]!;
        expect(levelChange(a, b)).toBe(b - a);
        expect(levelChange(a, b)! + levelChange(b, a)!).toBe(0);
        expect(levelChange(null, b)).toBeNull();
        expect(levelChange(a, null)).toBeNull();
        const text = changeText(levelChange(a, b));
        expect(text.startsWith(b > a ? '+' : b < a ? '−' : 'no change')).toBe(true);
      }),
    );
    expect(levelText(2.5)).toBe('2.5');
    expect(levelText(3)).toBe('3');
    expect(changeText(-1.5)).toBe('−1.5');
  });
});

describe('frameworks', () => {
  it('lists the APA, CACREP and ACGME templates with their codes and names only', async () => {
    const list = await call<Framework[]>('frameworks.list', {});
    const byFamily = new Map(list.map((f) => [f.family, f]));
    expect(byFamily.get('apa-pwc')!.competencies).toHaveLength(9);
    expect(byFamily.get('cacrep-foundations')!.competencies).toHaveLength(8);
    const acgme = byFamily.get('acgme-psychiatry')!;
    expect(acgme).toMatchObject({ builtIn: true, scaleMin: 1, scaleMax: 5, halfLevels: true, targetLevel: 4 });
    expect(acgme.competencies.map((c) => c.code)).toContain('PC1');
    expect(new Set(acgme.competencies.map((c) => c.group))).toContain('Professionalism');
  });

  it('refuses a scale that ends where it starts, a target off the scale and a repeated code', async () => {
    const r = await invoke('frameworks.create', {
      ...own,
      targetLevel: 3.25,
      competencies: [...own.competencies, { code: 'rel', name: 'Again', group: '' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    const paths = (r as { error: { issues: { path: unknown[] }[] } }).error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['targetLevel', 'competencies.2.code']));
    expect(await invoke('frameworks.create', { ...own, scaleMax: 1 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['scaleMax'] }] },
    });
  });

  it('edits an unused framework in place, and makes a new version once a review uses it', async () => {
    const f = await call<Framework>('frameworks.create', own);
    const same = await call<Framework>('frameworks.update', {
      family: f.family,
      definition: { ...own, name: 'Practicum A' },
    });
    expect(same).toMatchObject({ id: f.id, version: 1, name: 'Practicum A' });
    const review = await call<Review>('reviews.create', {
      superviseeId: ana,
      frameworkId: f.id,
      reviewedOn: '2026-01-10',
    });
    await call('reviews.save', {
      id: review.id,
      reviewedOn: '2026-01-10',
      strengths: '',
      limitations: '',
      ratings: [{ competencyCode: 'REL', level: 2, comment: '', evidence: [] }],
    });
    const next = await call<Framework>('frameworks.update', {
      family: f.family,
      definition: { ...own, competencies: [...own.competencies, { code: 'ETH', name: 'Ethics', group: 'Core' }] },
    });
    expect(next).toMatchObject({ family: f.family, version: 2 });
    expect(next.id).not.toBe(f.id);
    // The review keeps the version it was made against.
    const kept = await call<Review>('reviews.get', { id: review.id });
    expect(kept.framework).toMatchObject({ id: f.id, version: 1, name: 'Practicum A' });
    expect(kept.ratings.map((r) => r.competencyCode)).toEqual(['REL', 'ASM']);
    // A second review uses version 2; the series matches competencies by code across versions.
    const second = await call<Review>('reviews.create', {
      superviseeId: ana,
      frameworkId: next.id,
      reviewedOn: '2026-02-10',
    });
    await call('reviews.save', {
      id: second.id,
      reviewedOn: '2026-02-10',
      strengths: '',
      limitations: '',
      ratings: [
        { competencyCode: 'REL', level: 3.5, comment: '', evidence: [] },
        { competencyCode: 'ETH', level: 2, comment: '', evidence: [] },
      ],
    });
    const series = await call<GrowthSeries>('growth.series', { superviseeId: ana, family: f.family });
    expect(series.framework!.version).toBe(2);
    const rel = series.competencies.find((c) => c.code === 'REL')!;
    expect(rel.levels).toEqual([2, 3.5]);
    expect(series.competencies.find((c) => c.code === 'ETH')!.levels).toEqual([null, 2]);
  });

  it('refuses to edit a built-in template; a retired one is hidden and takes no new review until back', async () => {
    const edit = await invoke('frameworks.update', { family: 'apa-pwc', definition: own });
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call('frameworks.retire', { family: 'cacrep-foundations', retired: true });
    expect((await call<Framework[]>('frameworks.list', {})).map((f) => f.family)).not.toContain('cacrep-foundations');
    expect(
      (await call<Framework[]>('frameworks.list', { includeRetired: true })).find(
        (f) => f.family === 'cacrep-foundations',
      )!.retiredAt,
    ).not.toBeNull();
    expect(
      await invoke('reviews.create', {
        superviseeId: ana,
        frameworkId: 'cacrep-foundations-1',
        reviewedOn: '2026-01-10',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['frameworkId'] }] } });
    await call('frameworks.retire', { family: 'cacrep-foundations', retired: false });
    expect((await call<Framework[]>('frameworks.list', {})).map((f) => f.family)).toContain('cacrep-foundations');
  });
});

describe('framework files', () => {
  const problemsOf = (f: () => unknown): string[] => {
    try {
      f();
    } catch (e) {
      return (e as AppError).issues!.map((i) => i.message);
    }
    throw new Error('expected a refusal');
  };

  it('reads a CSV of competencies with the name and scale given beside it', () => {
    const def = parseFrameworkCsv(
      '\uFEFFCode,Competency,Group\nA1,Builds rapport,Relationship\n\nA2,"Screens risk, acts",Assessment\n',
      settings,
    );
    expect(def).toMatchObject({ name: 'Practicum', scaleMax: 4, halfLevels: true });
    expect(def.competencies).toEqual([
      { code: 'A1', name: 'Builds rapport', group: 'Relationship' },
      { code: 'A2', name: 'Screens risk, acts', group: 'Assessment' },
    ]);
  });

  it('names the row and column of every bad cell, and a missing header', () => {
    const problems = problemsOf(() =>
      parseFrameworkCsv('code,competency\nA1,Rapport\n,Assessment\nA1,Ethics\nB 2,Group work\n', settings),
    );
    expect(problems).toEqual([
      'Row 3, column “code”: Give each competency a short code.',
      'Row 4, column “code”: the code A1 is also on row 2.',
      'Row 5, column “code”: Use letters, digits, dots, dashes or underscores in a code.',
    ]);
    expect(problemsOf(() => parseFrameworkCsv('id,title\nA1,Rapport\n', settings))[0]).toMatch(
      /^Row 1 \(the header\) needs the columns “code” and “competency”.*“id”, “title”/,
    );
  });

  it('reads a JSON definition and names the competency and field of a problem', () => {
    const sample = sampleFile('json');
    expect(parseFrameworkJson(sample.text).competencies.length).toBeGreaterThan(3);
    expect(problemsOf(() => parseFrameworkJson('{"name": "X"'))[0]).toMatch(/^The file is not valid JSON/);
    const bad = { ...own, competencies: [own.competencies[0], { code: 'X', name: '' }] };
    expect(problemsOf(() => parseFrameworkJson(JSON.stringify(bad)))).toEqual([
      'Competency 2, “name”: Give each competency a name.',
    ]);
  });

  it('the sample CSV reads back as the sample JSON’s competencies', () => {
    const csv = parseFrameworkCsv(sampleFile('csv').text, settings);
    expect(csv.competencies).toEqual(parseFrameworkJson(sampleFile('json').text).competencies);
  });

  it('imports a chosen file, or nothing when the choice is cancelled', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'alliance-framework-'));
    try {
      const path = join(folder, 'ours.csv');
      writeFileSync(path, 'code,competency\nX1,Relationship\n');
      const port = (p: string | null) => ({
        chooseSavePath: async () => null,
        chooseFolder: async () => null,
        chooseFile: async () => p,
      });
      const made = await importFrameworkFile(db, port(path), settings);
      expect(made).toMatchObject({ name: 'Practicum', version: 1, competencies: [{ code: 'X1' }] });
      expect(await importFrameworkFile(db, port(null), settings)).toBeNull();
      writeFileSync(join(folder, 'notes.txt'), 'x');
      await expect(importFrameworkFile(db, port(join(folder, 'notes.txt')), settings)).rejects.toThrow(
        /\.csv or \.json/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('reviews', () => {
  let first: Review;
  let second: Review;

  it('offers the supervisee’s own sessions, notes and reflections as evidence, up to the review date', async () => {
    await call('notes.create', { superviseeId: ana, date: '2026-03-03', caseCode: 'K-7' });
    await session(ana, '2026-05-01');
    const options = await call<EvidenceOption[]>('reviews.evidenceOptions', { superviseeId: ana, upTo: '2026-03-31' });
    expect(options.map((o) => [o.kind, o.date])).toEqual([
      ['note', '2026-03-03'],
      ['session', '2026-03-02'],
    ]);
    expect(options[0]!.label).toBe('Case K-7');
  });

  it('saves a draft with levels on the scale and evidence of the same supervisee only', async () => {
    first = await call<Review>('reviews.create', {
      superviseeId: ana,
      frameworkId: 'apa-pwc-1',
      reviewedOn: '2026-03-10',
    });
    expect(first).toMatchObject({ status: 'draft', rated: 0, previousReviewId: null });
    expect(first.ratings).toHaveLength(9);
    const base = { id: first.id, reviewedOn: '2026-03-10', strengths: 'Warm and curious.', limitations: 'Pacing.' };
    const offScale = await invoke('reviews.save', {
      ...base,
      ratings: [{ competencyCode: 'RES', level: 2.5, comment: '', evidence: [] }],
    });
    expect(offScale).toMatchObject({ ok: false, error: { issues: [{ path: ['ratings', 0, 'level'] }] } });
    const foreign = await invoke('reviews.save', {
      ...base,
      ratings: [{ competencyCode: 'RES', level: 2, comment: '', evidence: [{ kind: 'session', id: benSession }] }],
    });
    expect(foreign).toMatchObject({ ok: false, error: { issues: [{ path: ['ratings', 0, 'evidence', 0] }] } });
    const unknown = await invoke('reviews.save', {
      ...base,
      ratings: [{ competencyCode: 'PC1', level: 2, comment: '', evidence: [] }],
    });
    expect(unknown).toMatchObject({ ok: false, error: { issues: [{ path: ['ratings', 0, 'competencyCode'] }] } });
    first = await call<Review>('reviews.save', {
      ...base,
      ratings: [
        { competencyCode: 'RES', level: 2, comment: 'Reads widely', evidence: [{ kind: 'session', id: anaSession }] },
        { competencyCode: 'ETH', level: 3, comment: '', evidence: [] },
        { competencyCode: 'INT', level: 3, comment: '', evidence: [] },
      ],
    });
    expect(first.rated).toBe(3);
    const res = first.ratings.find((r) => r.competencyCode === 'RES')!;
    expect(res).toMatchObject({ level: 2, comment: 'Reads widely', previousLevel: null, change: null });
    expect(res.evidence).toEqual([expect.objectContaining({ kind: 'session', id: anaSession, date: '2026-03-02' })]);
  });

  it('locks a final review by its SHA-256, refuses changes, and shows tampering', async () => {
    first = await call<Review>('reviews.finalise', { id: first.id });
    expect(first).toMatchObject({ status: 'final', intact: true });
    expect(first.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      await invoke('reviews.save', {
        id: first.id,
        reviewedOn: '2026-03-10',
        strengths: '',
        limitations: '',
        ratings: [],
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await invoke('reviews.delete', { id: first.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // What it cites stays: deleting the session behind a rating is refused, naming the review.
    const cited = await invoke('sessions.delete', { id: anaSession });
    expect(cited).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!cited.ok)
      expect(cited.error.message).toMatch(/evidence in the final .* review of .*2026.*nothing was deleted/);
    const kept = await call<Review>('reviews.get', { id: first.id });
    expect(kept.ratings.find((r) => r.competencyCode === 'RES')!.evidence).toHaveLength(1);
    expect(kept.intact).toBe(true);
    // A change made behind the app's back no longer matches the hash.
    v.core.vault
      .openVault()
      .sqlite.prepare("update ratings set level = 5 where review_id = ? and competency_code = 'ETH'")
      .run(first.id);
    expect((await call<Review>('reviews.get', { id: first.id })).intact).toBe(false);
    v.core.vault
      .openVault()
      .sqlite.prepare("update ratings set level = 3 where review_id = ? and competency_code = 'ETH'")
      .run(first.id);
    expect((await call<Review>('reviews.get', { id: first.id })).intact).toBe(true);
  });

  it('refuses to delete a note a final review cites, and allows it once the review is reopened', async () => {
    const cal = (
      await call<{ id: string }>('supervisees.create', {
        fullName: 'Calloway Wren',
        discipline: 'psychology_trainee',
        supervisionStart: '2026-01-05',
      })
    ).id;
    const note = await call<{ id: string }>('notes.create', { superviseeId: cal, date: '2026-04-01', caseCode: 'K-9' });
    const draft = await call<Review>('reviews.create', {
      superviseeId: cal,
      frameworkId: 'apa-pwc-1',
      reviewedOn: '2026-04-10',
    });
    await call('reviews.save', {
      id: draft.id,
      reviewedOn: '2026-04-10',
      strengths: '',
      limitations: '',
      ratings: [{ competencyCode: 'RES', level: 3, comment: '', evidence: [{ kind: 'note', id: note.id }] }],
    });
    await call('reviews.finalise', { id: draft.id });
    const refused = await invoke('notes.delete', { id: note.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toContain('This note is evidence in the final');
    await call('reviews.reopen', { id: draft.id, reason: 'Wrong note cited' });
    expect((await invoke('notes.delete', { id: note.id })).ok).toBe(true);
  });

  it('refuses to finalise a review with nothing rated', async () => {
    const empty = await call<Review>('reviews.create', {
      superviseeId: ben,
      frameworkId: 'apa-pwc-1',
      reviewedOn: '2026-03-10',
    });
    expect(await invoke('reviews.finalise', { id: empty.id })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await invoke('reviews.delete', { id: empty.id })).toMatchObject({ ok: true });
  });

  it('shows the previous review’s level beside each competency and counts the drops', async () => {
    second = await call<Review>('reviews.create', {
      superviseeId: ana,
      frameworkId: 'apa-pwc-1',
      reviewedOn: '2026-09-10',
    });
    expect(
      await invoke('reviews.create', { superviseeId: ana, frameworkId: 'apa-pwc-1', reviewedOn: '2026-09-10' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['reviewedOn'] }] },
    });
    second = await call<Review>('reviews.save', {
      id: second.id,
      reviewedOn: '2026-09-10',
      strengths: 'Leads the group with confidence.',
      limitations: 'Still rushes endings.',
      ratings: [
        { competencyCode: 'RES', level: 3, comment: 'Presented a case study', evidence: [] },
        { competencyCode: 'ETH', level: 2, comment: 'Missed a consent step', evidence: [] },
        { competencyCode: 'INT', level: 3, comment: '', evidence: [] },
        { competencyCode: 'SUP', level: 2, comment: '', evidence: [] },
      ],
    });
    expect(second).toMatchObject({ previousReviewId: first.id, previousReviewedOn: '2026-03-10', rated: 4, drops: 1 });
    const by = new Map(second.ratings.map((r) => [r.competencyCode, r]));
    expect(by.get('RES')).toMatchObject({ previousLevel: 2, change: 1 });
    expect(by.get('ETH')).toMatchObject({ previousLevel: 3, change: -1 });
    expect(by.get('INT')).toMatchObject({ previousLevel: 3, change: 0 });
    expect(by.get('SUP')).toMatchObject({ previousLevel: null, change: null });
    const list = await call<ReviewSummary[]>('reviews.list', { superviseeId: ana });
    const apa = list.filter((r) => r.frameworkId === 'apa-pwc-1');
    expect(apa.map((r) => [r.reviewedOn, r.drops])).toEqual([
      ['2026-09-10', 1],
      ['2026-03-10', 0],
    ]);
  });

  it('compares the latest review with the previous one, and gives the series per competency', async () => {
    const cmp = await call<GrowthComparison>('growth.compare', { superviseeId: ana, family: 'apa-pwc' });
    expect(cmp.latest!.id).toBe(second.id);
    expect(cmp.previous!.id).toBe(first.id);
    expect(
      cmp.rows
        .filter((r) => r.latest !== null || r.previous !== null)
        .map((r) => [r.code, r.previous, r.latest, r.change]),
    ).toEqual([
      ['RES', 2, 3, 1],
      ['ETH', 3, 2, -1],
      ['INT', 3, 3, 0],
      ['SUP', null, 2, null],
    ]);
    const series = await call<GrowthSeries>('growth.series', { superviseeId: ana, family: 'apa-pwc' });
    expect(series.reviews.map((r) => r.reviewedOn)).toEqual(['2026-03-10', '2026-09-10']);
    expect(series.competencies.find((c) => c.code === 'ETH')!.levels).toEqual([3, 2]);
    const used = await call<Framework[]>('growth.frameworks', { superviseeId: ana });
    expect(used[0]!.family).toBe('apa-pwc');
  });

  it('reopens a final review with a reason kept on it; the audit trail records only its length', async () => {
    expect(await invoke('reviews.reopen', { id: first.id, reason: '' })).toMatchObject({ ok: false });
    const reason = 'ETH level entered for the wrong competency';
    const reopened = await call<Review>('reviews.reopen', { id: first.id, reason });
    expect(reopened).toMatchObject({ status: 'draft', reopenReason: reason, intact: null });
    const events = listAudit(db(), { limit: 5 }).events.map((e) => ({ kind: e.kind, detail: e.detail }));
    expect(events[0]).toMatchObject({ kind: 'review_reopened' });
    expect(events[0]!.detail).toContain(`"reasonLength":${reason.length}`);
    expect(JSON.stringify(events)).not.toContain('wrong competency');
    expect(events.some((e) => e.kind === 'review_finalised')).toBe(true);
    expect(await invoke('reviews.delete', { id: first.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call('reviews.finalise', { id: first.id });
  });

  it('writes the growth report: the supervisor’s words, ratings with their change, goals, signatures', async () => {
    await call('goals.create', { superviseeId: ana, text: 'Run a psychoeducation group', targetDate: '2026-12-01' });
    await call('supervisees.update', { id: ana, patch: { rulePack: 'nbcc' } });
    const pdf = await growthReportPdf(
      growthReportData(db(), { superviseeId: ana, family: 'apa-pwc', title: 'Yearly assessment 2026' }),
    );
    const pages = await pdfPages(pdf);
    const text = pages.join('\n');
    expect(text).toContain('Yearly assessment 2026');
    expect(text).toContain('Supervisee: Ansel Marchbank');
    expect(text).toContain('Leads the group with confidence.');
    expect(text).toContain('Still rushes endings.');
    expect(text).toMatch(/RES Research\s+2\s+3\s+\+1\s+Presented a case study/);
    expect(text).toMatch(/ETH Ethical and legal standards\s+3\s+2\s+–1/);
    expect(text).toContain('Run a psychoeducation group');
    // Days as the screens write them (the locale's), the goal's target among them; never ISO.
    expect(text).toContain(dayText('2026-12-01'));
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toContain('Mean level at each review');
    // The forecast as the page shows it: nothing logged lately, and NBCC sets no weekly limit.
    expect(text).toContain('Licensure forecast');
    expect(text).toContain('Earliest possible: Not bounded by this pack: only the pace decides.');
    expect(text).toContain('At the pace of the last 8 weeks: Not reached: no progress on post-degree work hours');
    expect(text).toContain('Supervisor signature');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('repeats the ratings table’s header on every page it runs onto', async () => {
    const acgme = await call<Review>('reviews.create', {
      superviseeId: ben,
      frameworkId: 'acgme-psychiatry-1',
      reviewedOn: '2026-06-01',
    });
    const long = 'Observed across several recorded sessions and discussed at length in supervision. '.repeat(3);
    await call('reviews.save', {
      id: acgme.id,
      reviewedOn: '2026-06-01',
      strengths: 'Steady.',
      limitations: 'Documentation.',
      ratings: acgme.ratings.map((r, i) => ({
        competencyCode: r.competencyCode,
        level: 1 + (i % 9) / 2,
        comment: long,
        evidence: [],
      })),
    });
    const pages = await pdfPages(
      await growthReportPdf(
        growthReportData(db(), { superviseeId: ben, family: 'acgme-psychiatry', title: 'Mid-year' }),
      ),
    );
    const withTable = pages.filter((p) => p.includes('Observed across'));
    expect(withTable.length).toBeGreaterThan(1);
    const june = dayText('2026-06-01').replace(/[./]/g, '\\$&');
    for (const p of withTable)
      expect(p).toMatch(new RegExp(`Competency\\s+Previous\\s+Latest\\s+Change\\s+Comment\\s+\\(${june}\\)`));
    expect(pages.join('\n')).toMatch(/PC2 Psychiatric formulation and differential\s+—\s+1\.5/);
  });
});

describe('the JSON export of frameworks, reviews and the alliance', () => {
  it('round-trips exactly into an empty vault, and refuses broken references by their place', async () => {
    await call('checkins.create', {
      superviseeId: ana,
      sessionId: anaSession,
      checkedOn: '2026-03-02',
      respondent: 'supervisee',
      goals: 8,
      tasks: 7,
      bond: 9,
      comment: 'Good pace',
    });
    await call('feedback.create', {
      superviseeId: ana,
      receivedOn: '2026-03-05',
      source: 'supervisee',
      feedback: 'More cases',
      changed: 'Cases first',
    });
    await call('constellation.add', {
      superviseeId: ana,
      name: 'Dr. Placeholder',
      role: 'faculty',
      covers: 'Evaluations',
    });
    const doc = JSON.parse(JSON.stringify(exportVault(db()))) as ExportDocument;
    expect(doc.version).toBe(EXPORT_VERSION);
    // Templates are not written; the user's own framework is, every version.
    expect(doc.entities.frameworks.every((f) => !f.builtIn)).toBe(true);
    expect(doc.entities.frameworks.length).toBeGreaterThanOrEqual(3);
    expect(doc.entities.ratingEvidence.length).toBeGreaterThan(0);

    const other = await openRegistryVault();
    try {
      const into = other.core.vault.db();
      expect(importProblems(into, doc)).toEqual([]);
      const again = JSON.parse(JSON.stringify(exportVault(into))) as ExportDocument;
      const { settings: _a, ...mine } = doc.entities;
      const { settings: _b, ...theirs } = again.entities;
      expect(theirs).toEqual(mine);
      // The finalised review's hash still matches after the trip.
      const finals = doc.entities.competencyReviews.filter((r) => r.status === 'final');
      for (const r of finals) expect((await other.call<Review>('reviews.get', { id: r.id })).intact).toBe(true);
    } finally {
      other.close();
    }

    const broken = structuredClone(doc);
    // Ids are random: the review sent to no framework is another than the one whose level is bad.
    const lost = broken.entities.competencyReviews[0]!;
    lost.frameworkId = 'no-such-framework';
    const rating = broken.entities.ratings.find((r) => r.competencyCode === 'RES' && r.reviewId !== lost.id)!;
    rating.level = 2.5;
    broken.entities.ratingEvidence[0]!.sessionId = benSession;
    const fresh = await openRegistryVault();
    try {
      const problems = importProblems(fresh.core.vault.db(), broken).map((p) => `${p.location}: ${p.message}`);
      const at = (list: string, i: number) => `entities.${list}[${i}]`;
      expect(problems).toEqual(
        expect.arrayContaining([
          `${at('ratings', broken.entities.ratings.indexOf(rating))}.level: Not a level on the framework’s scale.`,
          `${at('competencyReviews', 0)}.frameworkId: No framework with this id in the file, the vault or the ` +
            `templates.`,
        ]),
      );
      expect(problems.some((p) => p.startsWith(`${at('ratingEvidence', 0)}.sessionId`))).toBe(true);
    } finally {
      fresh.close();
    }

    // One rating with more links than the app allows is refused at the first link past the cap.
    const wide = structuredClone(doc);
    const link = wide.entities.ratingEvidence[0]!;
    const own = wide.entities.ratingEvidence.filter((e) => e.ratingId === link.ratingId).length;
    for (let i = own; i <= MAX_EVIDENCE_PER_RATING; i++)
      wide.entities.ratingEvidence.push({ ...link, id: randomUUID() });
    const capped = await openRegistryVault();
    try {
      const problems = importProblems(capped.core.vault.db(), wide);
      expect(problems).toEqual([
        {
          location: `entities.ratingEvidence[${wide.entities.ratingEvidence.length - 1}].ratingId`,
          message: `At most ${MAX_EVIDENCE_PER_RATING} records behind one rating, as in the app.`,
        },
      ]);
      wide.entities.ratingEvidence.pop();
      expect(importProblems(capped.core.vault.db(), wide)).toEqual([]);
    } finally {
      capped.close();
    }
  });
});
