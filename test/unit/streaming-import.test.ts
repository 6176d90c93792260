// The import reads a file a record at a time (core/data-transfer/import-source.ts). It must import
// exactly what the whole-document path imports, in any order of lists, and refuse files made to
// hurt a streaming reader (a repeated key, deep nesting, bulk outside the records, broken JSON)
// with a plain message and nothing written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/core/app/app-core';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { ImportError, PROBLEMS_LISTED } from '../../src-main/core/data-transfer/importer';
import { importJson, importJsonFile } from '../../src-main/core/data-transfer/workflows';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';
import { sessionRecord } from '../helpers/records';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let source: Record<string, unknown>;

beforeAll(async () => {
  dir = tempDir();
  const from = newCore(join(dir.path, 'source'));
  unwrap(await from.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
  source = JSON.parse(JSON.stringify(exportVault(from.vault.db())));
  from.vault.lock();
});
afterAll(() => dir.cleanup());

let n = 0;
async function freshVault(): Promise<AppCore> {
  const core = newCore(join(dir.path, `v${n++}`));
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  return core;
}
function file(text: string): string {
  const path = join(dir.path, `f${n++}.json`);
  writeFileSync(path, text);
  return path;
}
const entities = (core: AppCore) => exportVault(core.vault.db()).entities;
// Index rows whose rowid is not the one search_rows gave their record.
const MISNUMBERED =
  'select i.rowid from search_index i left join search_rows r on r.id = i.rowid ' +
  'where r.record_id is not i.record_id or r.kind is not i.kind';
const hoursByDay = (core: AppCore) =>
  core.vault.openVault().sqlite.prepare('select * from hours_by_day order by supervisee_id, day').all();
const counts = (core: AppCore) =>
  ['supervisees', 'supervision_sessions', 'client_hours', 'signed_periods', 'audit_events'].map(
    (tbl) => (core.vault.openVault().sqlite.prepare(`select count(*) as n from ${tbl}`).get() as { n: number }).n,
  );
function refusal(work: () => unknown): { message: string; problems?: { location: string; message: string }[] } {
  try {
    work();
  } catch (e) {
    return e as ImportError;
  }
  throw new Error('expected the import to be refused');
}

describe('a file imported a record at a time', () => {
  it('holds exactly what the in-memory import holds, with the same per-day totals', async () => {
    const fromFile = await freshVault();
    const fromValue = await freshVault();
    const counted = importJsonFile(fromFile.vault.db(), file(JSON.stringify(source)));
    importJson(fromValue.vault.db(), source);
    const src = source.entities as Record<string, unknown[]>;
    expect(counted).toEqual({
      supervisees: src.supervisees!.length,
      sessions: src.sessions!.length,
      caseNotes: src.caseNotes!.length,
      reflections: src.reflections!.length,
    });
    expect(entities(fromFile)).toEqual(entities(fromValue));
    expect(entities(fromFile)).toEqual(source.entities);
    expect(hoursByDay(fromFile)).toEqual(hoursByDay(fromValue));
    expect(hoursByDay(fromFile).length).toBeGreaterThan(0);
  });

  it('keeps text whose characters straddle the 32 KB pieces the file is read in', async () => {
    // Two-, three- and four-byte characters packed densely, so the cuts between pieces fall inside them.
    const words = 'Café, über-Grenzen, 心理, 🙂 ';
    const doc = JSON.parse(JSON.stringify(source)) as { entities: { caseNotes: { discussion: string }[] } };
    for (const [i, note] of doc.entities.caseNotes.entries()) note.discussion = `${i} ${words.repeat(150).trim()}`;
    const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
    const cut = Array.from({ length: Math.floor(bytes.length / 32768) }, (_, k) => bytes[(k + 1) * 32768]!);
    // At least one cut lands on a continuation byte (10xxxxxx), inside a character.
    expect(cut.filter((b) => (b & 0xc0) === 0x80).length).toBeGreaterThan(0);
    const core = await freshVault();
    importJsonFile(core.vault.db(), file(JSON.stringify(doc)));
    expect(entities(core)).toEqual(doc.entities);
  });

  it('keeps the search index as the triggers write it, and the triggers work after', async () => {
    const fromFile = await freshVault();
    importJsonFile(fromFile.vault.db(), file(JSON.stringify(source)));
    // The same records as sample data (loaded in bulk too, by another path: importEntities).
    const sample = newCore(join(dir.path, `t${n++}`));
    unwrap(await sample.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
    const index = (core: AppCore) =>
      core.vault
        .openVault()
        .sqlite.prepare(
          'select kind, record_id, supervisee_id, day, title, body, tags from search_index order by record_id',
        )
        .all();
    const built = index(fromFile);
    expect(built.length).toBeGreaterThan(300);
    expect(built).toEqual(index(sample));
    // What the triggers write for a record is its rows of the view: the index holds exactly those.
    const words = 'select kind, record_id, supervisee_id, day, title, body, tags from';
    const viewRows = fromFile.vault.openVault().sqlite.prepare(`${words} search_source order by record_id`).all();
    expect(built).toEqual(viewRows);
    const triggers = (core: AppCore) =>
      core.vault
        .openVault()
        .sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' order by name")
        .all();
    expect(triggers(fromFile)).toEqual(triggers(sample));
    // The timeline, read again from its view once at the end, holds what the view says, and every
    // index the migrations made is there.
    const all = (core: AppCore, query: string) => core.vault.openVault().sqlite.prepare(query).all();
    const events = 'select * from timeline_events order by id, kind';
    expect(all(fromFile, events).length).toBeGreaterThan(300);
    expect(all(fromFile, events)).toEqual(all(fromFile, 'select * from timeline_source order by id, kind'));
    const indexes = "select name, sql from sqlite_master where type = 'index' order by name";
    expect(all(fromFile, indexes)).toEqual(all(await freshVault(), indexes));
    // The search index's larger buffer for the fill is put back to FTS5's default of 1 MB.
    expect(all(fromFile, "select v from search_index_config where k = 'hashsize'")).toEqual([{ v: 1024 * 1024 }]);
    // Filled in one pass, each index row has the rowid its record was numbered with.
    expect(all(fromFile, MISNUMBERED)).toEqual([]);
    expect(all(fromFile, 'pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    // And the triggers work again: a note written after the import is found.
    const person = (source.entities as { supervisees: { id: string }[] }).supervisees[0]!.id;
    unwrap(
      await fromFile.registry.invoke(
        'notes.create',
        { superviseeId: person, date: '2026-03-02', caseCode: 'K-9', discussion: 'Quixotic plan' },
        t,
      ),
    );
    expect(unwrap(await fromFile.registry.invoke('search.query', { text: 'quixot' }, t))).toHaveLength(1);
  });

  it('adds to a vault that holds records as the triggers would, a supervisee at a time', async () => {
    const e = source.entities as Record<string, { id: string; superviseeId?: string }[]>;
    const [a, b] = e.supervisees!;
    const theirs = (person: { id: string }) => ({
      ...source,
      entities: {
        supervisees: [person],
        sessions: e.sessions!.filter((x) => x.superviseeId === person.id),
        caseNotes: e.caseNotes!.filter((x) => x.superviseeId === person.id),
      },
    });
    const core = await freshVault();
    const sql = core.vault.openVault().sqlite;
    const all = (query: string) => sql.prepare(query).all();
    importJsonFile(core.vault.db(), file(JSON.stringify(theirs(a!))));
    const first = all('select rowid, record_id from search_index order by rowid');
    importJsonFile(core.vault.db(), file(JSON.stringify(theirs(b!))));
    // The second import found records in every table it wrote: the first one's words kept their rows,
    // and the second's were added after them.
    const indexed = all('select rowid, record_id from search_index order by rowid');
    expect(first.length).toBeGreaterThan(10);
    expect(indexed.slice(0, first.length)).toEqual(first);
    expect(indexed.length).toBeGreaterThan(first.length);
    const words = 'select kind, record_id, supervisee_id, day, title, body, tags from';
    const order = 'order by kind, record_id';
    expect(all(`${words} search_index ${order}`)).toEqual(all(`${words} search_source ${order}`));
    expect(all(MISNUMBERED)).toEqual([]);
    const events = 'select * from timeline_events order by id, kind';
    expect(all(events)).toEqual(all('select * from timeline_source order by id, kind'));
    const indexes = "select name, sql from sqlite_master where type = 'index' order by name";
    const fresh = (await freshVault()).vault.openVault().sqlite.prepare(indexes).all();
    expect(all(indexes)).toEqual(fresh);
    expect(all('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it(
    'takes the lists in any order: actions before their notes, hours before their sessions, sessions before their ' +
      'supervisees, reflections before their set, reviews before their goals, evidence before its ratings',
    async () => {
      const e = source.entities as Record<string, unknown>;
      // Every list in the reverse of the export's order: each kind comes before what it refers to.
      const reversed = {
        entities: Object.fromEntries(Object.entries(e).reverse()),
        exportedAt: source.exportedAt,
        version: source.version,
        format: source.format,
      };
      const core = await freshVault();
      // Pretty-printed with a byte-order mark, as an editor might save it.
      importJsonFile(core.vault.db(), file('\ufeff' + JSON.stringify(reversed, null, 2)));
      expect(entities(core)).toEqual(source.entities);
    },
  );

  it('still names a reference to nothing, found only at the end', async () => {
    const core = await freshVault();
    const doc = {
      ...source,
      entities: {
        supervisees: [],
        clientHours: [
          {
            id: '7b6b90dc-add2-430d-9827-1c304c1d23e1',
            superviseeId: '8b6b90dc-add2-430d-9827-1c304c1d23e1',
            sessionId: '5b6b90dc-add2-430d-9827-1c304c1d23e1',
            periodStart: '2026-01-07',
            periodEnd: '2026-01-07',
            kind: 'indirect',
            activity: null,
            hours: 1,
            createdAt: '2026-01-07T10:00:00.000Z',
          },
        ],
      },
    };
    const r = refusal(() => importJsonFile(core.vault.db(), file(JSON.stringify(doc))));
    expect(r.problems).toEqual([
      {
        location: 'entities.clientHours[0].superviseeId',
        message: 'No supervisee with this id in the file or the vault.',
      },
      { location: 'entities.clientHours[0].sessionId', message: 'No session with this id in the file.' },
    ]);
  });
});

describe('notes and action items in a file', () => {
  it('are refused when they point at another supervisee’s session or note, or at nothing', async () => {
    const core = await freshVault();
    const e = source.entities as Record<string, Record<string, unknown>[]>;
    const [a, b] = e.supervisees as { id: string }[];
    const theirSession = e.sessions!.find((x) => x.superviseeId === b!.id)!;
    const note = e.caseNotes![0]!;
    const doc = {
      ...source,
      entities: {
        supervisees: e.supervisees,
        sessions: e.sessions,
        caseNotes: [{ ...note, superviseeId: a!.id, sessionId: theirSession.id }],
        noteActions: [
          {
            id: '9b6b90dc-add2-430d-9827-1c304c1d23e1',
            noteId: note.id,
            superviseeId: b!.id,
            text: 'Follow up',
            due: null,
            doneAt: null,
            createdAt: '2026-01-07T10:00:00.000Z',
          },
          {
            id: 'ab6b90dc-add2-430d-9827-1c304c1d23e1',
            noteId: 'bb6b90dc-add2-430d-9827-1c304c1d23e1',
            superviseeId: a!.id,
            text: 'Follow up',
            due: null,
            doneAt: null,
            createdAt: '2026-01-07T10:00:00.000Z',
          },
        ],
      },
    };
    const r = refusal(() => importJsonFile(core.vault.db(), file(JSON.stringify(doc))));
    expect(r.problems).toEqual([
      {
        location: 'entities.caseNotes[0].superviseeId',
        message: 'This note is about a session of another supervisee.',
      },
      {
        location: 'entities.noteActions[0].superviseeId',
        message: 'This action item is on a note of another supervisee.',
      },
      { location: 'entities.noteActions[1].noteId', message: 'No case note with this id in the file.' },
    ]);
  });

  // Each id is kept as its 16 bytes (id-map.ts), and a list whose table was empty when the import
  // began is not looked up in the vault: both must still find every clash.
  it('refuses an id twice in the file, an id the vault holds, and a note on another’s session there', async () => {
    const e = source.entities as Record<string, Record<string, unknown>[]>;
    const [a, b] = e.supervisees as { id: string }[];
    const session = e.sessions!.find((x) => x.superviseeId === a!.id)!;
    const core = await freshVault();
    const twice = { ...source, entities: { supervisees: e.supervisees, sessions: [session, { ...session }] } };
    expect(refusal(() => importJsonFile(core.vault.db(), file(JSON.stringify(twice)))).problems).toEqual([
      { location: 'entities.sessions[1].id', message: 'Same id as entities.sessions[0].' },
    ]);
    // A capital letter makes another id, not the same one.
    const upper = { ...session, id: (session.id as string).toUpperCase() };
    const apart = { ...source, entities: { supervisees: e.supervisees, sessions: [session, upper] } };
    const other = await freshVault();
    importJsonFile(other.vault.db(), file(JSON.stringify(apart)));
    expect(counts(other)[1]).toBe(2);
    expect(counts(core)[1]).toBe(0);
    importJsonFile(
      core.vault.db(),
      file(JSON.stringify({ ...source, entities: { supervisees: e.supervisees, sessions: [session] } })),
    );
    // The vault now holds the session: the same id again is refused, and a note may be about it, but
    // only one of the same supervisee's.
    const note = e.caseNotes![0]!;
    const next = {
      ...source,
      entities: {
        supervisees: [],
        sessions: [{ ...session }],
        caseNotes: [
          { ...note, superviseeId: a!.id, sessionId: session.id },
          { ...note, id: 'cb6b90dc-add2-430d-9827-1c304c1d23e1', superviseeId: b!.id, sessionId: session.id },
        ],
      },
    };
    expect(refusal(() => importJsonFile(core.vault.db(), file(JSON.stringify(next)))).problems).toEqual([
      { location: 'entities.sessions[0].id', message: 'A session with this id is already in the vault.' },
      {
        location: 'entities.caseNotes[1].superviseeId',
        message: 'This note is about a session of another supervisee.',
      },
    ]);
  });

  it('a version 2 file (before notes) still imports', async () => {
    const core = await freshVault();
    const { caseNotes: _n, noteActions: _a, ...older } = source.entities as Record<string, unknown>;
    importJsonFile(core.vault.db(), file(JSON.stringify({ ...source, version: 2, entities: older })));
    expect(entities(core).caseNotes).toEqual([]);
    expect(entities(core).sessions).toEqual((source.entities as Record<string, unknown>).sessions);
  });
});

describe('prompt sets, reflections and prepared prompts in a file', () => {
  it('round-trip; refused for an unknown set, a built-in set’s id, or another supervisee’s session', async () => {
    const e = source.entities as Record<string, Record<string, unknown>[]>;
    expect(e.promptSets).toHaveLength(1);
    expect(e.reflections!.length).toBeGreaterThan(10);
    expect(e.reflections!.some((r) => (r.themes as string[]).length > 0)).toBe(true);
    expect(e.preparedPrompts).toHaveLength(2);
    const [a, b] = e.supervisees as { id: string }[];
    const theirSession = e.sessions!.find((x) => x.superviseeId === b!.id)!;
    const answer = e.reflections!.find((r) => r.superviseeId === a!.id)!;
    const doc = {
      ...source,
      entities: {
        ...e,
        promptSets: [...e.promptSets!, { ...e.promptSets![0]!, id: 'gibbs' }],
        reflections: [
          ...e.reflections!,
          { ...answer, id: 'c6b90dcf-add2-430d-9827-1c304c1d23e1', setId: 'no-such-set' },
          { ...answer, id: 'd6b90dcf-add2-430d-9827-1c304c1d23e1', sessionId: theirSession.id },
        ],
      },
    };
    const core = await freshVault();
    const refused = refusal(() => importJsonFile(core.vault.db(), file(JSON.stringify(doc))));
    const n = e.reflections!.length;
    // A missing set may still come later in the file: it is named at the end.
    expect(refused.problems).toEqual([
      { location: 'entities.promptSets[1].id', message: 'That is the id of a built-in prompt set.' },
      {
        location: `entities.reflections[${n + 1}].superviseeId`,
        message: 'This is about a session of another supervisee.',
      },
      {
        location: `entities.reflections[${n}].setId`,
        message: 'No prompt set with this id in the file, the vault or the built-in sets.',
      },
    ]);
    expect(entities(core).reflections).toEqual([]);
  });

  it('carries agreements (every version), goals and reviews; refuses a version twice or over the vault’s', async () => {
    const e = source.entities as Record<string, Record<string, unknown>[]>;
    expect(e.agreements!.some((a) => a.version === 2)).toBe(true);
    expect(e.goalReviews!.length).toBeGreaterThan(0);
    const core = await freshVault();
    importJsonFile(core.vault.db(), file(JSON.stringify(source)));
    expect(entities(core).agreements).toEqual(e.agreements);
    expect(entities(core).goalReviews).toEqual(e.goalReviews);
    // The same agreements again: the vault has them already.
    const only = { ...source, entities: { supervisees: [], agreements: e.agreements!.slice(0, 1) } };
    const again = refusal(() => importJsonFile(core.vault.db(), file(JSON.stringify(only))));
    expect(again.problems).toEqual([
      { location: 'entities.agreements[0].id', message: 'An agreement version with this id is already in the vault.' },
      {
        location: 'entities.agreements[0].superviseeId',
        message: 'This supervisee already has an agreement in the vault.',
      },
    ]);
    const twice = {
      ...source,
      entities: {
        ...e,
        agreements: [...e.agreements!, { ...e.agreements![0]!, id: 'e6b90dcf-add2-430d-9827-1c304c1d23e1' }],
      },
    };
    const fresh = await freshVault();
    const refusedTwice = refusal(() => importJsonFile(fresh.vault.db(), file(JSON.stringify(twice))));
    expect(refusedTwice.problems).toEqual([
      {
        location: `entities.agreements[${e.agreements!.length}].version`,
        message: 'The file has this version of this supervisee’s agreement twice.',
      },
    ]);
  });

  it('a version 3 file (before reflections) still imports', async () => {
    const core = await freshVault();
    const {
      promptSets: _s,
      reflections: _r,
      preparedPrompts: _p,
      ...older
    } = source.entities as Record<string, unknown>;
    importJsonFile(core.vault.db(), file(JSON.stringify({ ...source, version: 3, entities: older })));
    expect(entities(core).reflections).toEqual([]);
    expect(entities(core).caseNotes).toEqual((source.entities as Record<string, unknown>).caseNotes);
  });
});

describe('files made to hurt a streaming reader are refused with nothing written', () => {
  it('two million empty records are counted, not built: the count is exact and nothing is checked', async () => {
    const core = await freshVault();
    const before = counts(core);
    const text =
      `{"format":"alliance-export","version":2,"exportedAt":"x",` +
      `"entities":{"supervisees":[${'{},'.repeat(1_999_999)}{}]}}`;
    const r = refusal(() => importJsonFile(core.vault.db(), file(text)));
    expect(r.problems).toEqual([
      {
        location: 'entities.supervisees',
        message: 'The file holds 2,000,000 supervisees; Alliance imports at most 20,000.',
      },
    ]);
    expect(counts(core)).toEqual(before);
  });

  it.each([
    ['a repeated list', '{"entities":{"supervisees":[],"supervisees":[]}}', /gives entities\.supervisees twice/],
    ['a repeated top-level key', '{"entities":{"supervisees":[]},"entities":{}}', /gives entities twice/],
    ['deep nesting inside a record', `{"entities":{"supervisees":[${'['.repeat(5000)}`, /nested too deeply/],
    ['deep nesting outside the records', `{"junk":${'['.repeat(5000)}`, /nested too deeply/],
    ['bulk outside the records', `{"junk":[${'1,'.repeat(200_000)}1]}`, /more outside its records/],
    ['a file cut short', '{"format":"alliance-export","entities":{"supervisees":[{"id":"4b6b', /not readable JSON/],
    ['an empty file', '', /not readable JSON/],
    ['trailing rubbish', '{"entities":{"supervisees":[]}} {', /not readable JSON/],
  ])('%s', async (_what, text, message) => {
    const core = await freshVault();
    const before = counts(core);
    expect(refusal(() => importJsonFile(core.vault.db(), file(text))).message).toMatch(message);
    expect(counts(core)).toEqual(before);
  });

  it(`lists the first ${PROBLEMS_LISTED} problems and counts the rest`, async () => {
    const core = await freshVault();
    const sessions = Array.from({ length: 3000 }, () => sessionRecord({ id: 'not an id' }));
    const doc = { ...source, entities: { supervisees: [], sessions } };
    const r = refusal(() => importJsonFile(core.vault.db(), file(JSON.stringify(doc)))) as ImportError;
    expect(r.problems).toHaveLength(PROBLEMS_LISTED);
    expect(r.complete).toBe(false);
    expect(r.message).toBe('The file has 1,000 problems or more; checking stopped there and nothing was imported.');
  });
});
