// Every read the screens make declares the tables its answer comes from, and the declaration is the
// truth: each read is run on a vault with every kind of record and the tables its SQL names are
// compared with what it declares (nothing missing, nothing extra). touched-tables.test.ts checks the
// other half: a write that changes an answer touches one of those tables.
import { readdirSync, readFileSync } from 'node:fs';
import { cardText, createIdentity, parseCard, requireIdentity } from '../../src-main/core/exchange/identity';
import { receivePacket, sendPacket } from '../../src-main/core/exchange/packets';
import { pair } from '../../src-main/core/exchange/peers';
import { rememberMailbox } from '../../src-main/core/exchange/mailbox';
import { cardOf, send, side, type Side } from '../helpers/exchange-pair';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_READS, type ChannelName } from '../../src-main/contract';
import type { Result } from '../../src-main/contract/errors';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { FEATURE_ROW_SETS } from '../../src-main/core/features';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';
import { tablesRead } from '../helpers/tables-read';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
const inputs = new Map<ChannelName, unknown[]>();
let peerVault: Side;
// Reads whose answer lives in a supervisee's own vault, run there.
const onPeer = new Set<ChannelName>();

const invoke = (ch: ChannelName, input: unknown) => core.registry.invoke(ch, input, t) as Promise<Result<unknown>>;

// What a row set stands for when its rows are read: the tables its rows are in (db/touched-tables.ts).
const ROW_SET_TABLES: Record<string, string[]> = {};
for (const r of FEATURE_ROW_SETS) (ROW_SET_TABLES[r.name] ??= []).push(r.table);
const expand = (tables: readonly string[]) => [...new Set(tables.flatMap((x) => ROW_SET_TABLES[x] ?? [x]))].sort();

// A read first checks that its supervisee exists; an edit of the person changes none of those
// answers (and deleting one drops its reads, features/supervisees/hooks.ts), so that look-up needs
// no declaration. A read whose answer shows the person declares the table.
const EXISTENCE_CHECK = 'supervisees';

beforeAll(async () => {
  dir = tempDir();
  core = createAppCore({ vaultDir: dir.path, migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
  unwrap(await invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }));
  const id = (unwrap(await invoke('supervisees.list', {})) as { id: string }[])[0]!.id;
  const sessions = unwrap(await invoke('sessions.list', { superviseeId: id })) as { id: string; date: string }[];
  type Row = { id: string; caseCode: string };
  const notes = unwrap(await invoke('notes.list', { superviseeId: id, limit: 5 })) as Row[];
  const reviews = unwrap(await invoke('reviews.list', { superviseeId: id })) as { id: string }[];
  // A signed period over their oldest sessions, so the periods' read hashes what it covers.
  const oldest = sessions.at(-1)!.date;
  unwrap(
    await invoke('periods.sign', {
      superviseeId: id,
      from: oldest,
      to: oldest,
      supervisorName: 'Sable Rookwood',
      supervisorLicence: 'LMFT 0000',
      signedOn: oldest,
    }),
  );
  // A draft review citing one record of each kind, so its read describes all three.
  const reflection = (unwrap(await invoke('reflections.list', { superviseeId: id })) as { id: string }[])[0]!;
  const today = new Date().toISOString().slice(0, 10);
  const draft = unwrap(
    await invoke('reviews.create', { superviseeId: id, frameworkId: 'apa-pwc-1', reviewedOn: today }),
  ) as { id: string };
  unwrap(
    await invoke('reviews.save', {
      id: draft.id,
      reviewedOn: today,
      strengths: '',
      limitations: '',
      ratings: [
        {
          competencyCode: 'RES',
          level: 3,
          comment: '',
          evidence: [
            { kind: 'session', id: sessions[0]!.id },
            { kind: 'note', id: notes[0]!.id },
            { kind: 'reflection', id: reflection.id },
          ],
        },
      ],
    }),
  );
  reviews.push(draft);
  // A paired supervisee's vault sends November's hours, so the exchange's reads read everything.
  await createIdentity(core.vault.db(), 'Sable Rookwood', 'supervisor');
  peerVault = await side('supervisee', 'Juniper Saltmarsh');
  const theirCard = cardOf(peerVault);
  pair(core.vault.db(), { card: theirCard, superviseeId: id, typedFingerprint: theirCard.fingerprint });
  const ourCard = parseCard(Buffer.from(cardText(requireIdentity(core.vault.db()))));
  pair(peerVault.db(), { card: ourCard, superviseeId: peerVault.sup.id, typedFingerprint: ourCard.fingerprint });
  await peerVault.call('sessions.create', {
    superviseeId: peerVault.sup.id,
    date: '2026-11-02',
    durationMinutes: 60,
    format: 'individual',
    modality: 'video',
  });
  const packet = await send(peerVault, dir.path, 'hours', { from: '2026-11-01', to: '2026-11-30' });
  await receivePacket(core.vault.db(), readFileSync(packet.file));
  // Prompts go the other way, and the supervisee answers one, so their vault's read reads it all.
  unwrap(await invoke('reflections.prepare', { superviseeId: id, prompts: [{ setId: 'gibbs', promptId: 'feeling' }] }));
  let prompts: Uint8Array = new Uint8Array();
  await sendPacket(core.vault.db(), { superviseeId: id, kind: 'prompts', period: null }, (p) => (prompts = p.bytes));
  await receivePacket(peerVault.db(), prompts);
  await peerVault.call('reflections.answerSupervisor', {
    superviseeId: peerVault.sup.id,
    answers: [{ setId: 'gibbs', promptId: 'feeling', answer: 'Steadier.' }],
  });
  // And the answers come back, so the list of what was received holds a kind that adds records.
  const answers = await send(peerVault, dir.path, 'answers', null);
  await receivePacket(core.vault.db(), readFileSync(answers.file));
  const add = (ch: ChannelName, ...ins: unknown[]) => inputs.set(ch, ins);
  add('actions.open', { superviseeId: id }, {});
  add('agreement.versions', { superviseeId: id });
  add('agreement.countersignatures', { superviseeId: id });
  add('backup.status', {});
  add('checkins.list', { superviseeId: id });
  add('constellation.list', { superviseeId: id });
  add('drafts.get', { superviseeId: id, noteId: null });
  add('drafts.reflectionGet', { superviseeId: id, setId: 'gibbs' });
  add('exchange.status', { superviseeId: id }, { superviseeId: null });
  add('exchange.reconcile', { superviseeId: id, from: '2026-11-01', to: '2026-11-30' });
  add('exchange.received', { superviseeId: id });
  rememberMailbox(core.vault.db(), dir.path);
  add('exchange.waiting', {});
  add('feedback.list', { superviseeId: id });
  add('frameworks.list', { includeRetired: true });
  add('goals.list', { superviseeId: id });
  add('growth.frameworks', { superviseeId: id });
  add('growth.series', { superviseeId: id, family: 'apa-pwc' });
  add('growth.compare', { superviseeId: id, family: 'apa-pwc' });
  add('hours.weekEntries', { superviseeId: id });
  add('hours.summary', { superviseeId: id, period: { range: 'all' } });
  add('notes.case', { superviseeId: id, caseCode: notes[0]!.caseCode });
  add('notes.get', { id: notes[0]!.id });
  add('notes.list', { superviseeId: id, limit: 50 });
  add('notes.openRisks', {});
  add('periods.list', { superviseeId: id });
  add('reflections.list', { superviseeId: id });
  add('reflections.sets', { includeRetired: true });
  add('reflections.themes', { superviseeId: id });
  add('reflections.prepared', { superviseeId: id });
  add('reflections.fromSupervisor', { superviseeId: peerVault.sup.id });
  onPeer.add('reflections.fromSupervisor');
  add('reviews.selfRating', ...reviews.map((r) => ({ id: r.id })));
  add('reviews.evidenceOptions', { superviseeId: id, upTo: '2026-12-01' });
  add('reviews.get', ...reviews.map((r) => ({ id: r.id })));
  add('reviews.list', { superviseeId: id });
  add('rules.packs', {});
  add('retention.get', { superviseeId: id });
  add('history.mappings', {});
  add('supervisor.page', { today: '2026-12-01' });
  add('rules.evaluate', { superviseeId: id });
  add('rules.forecast', { superviseeId: id, directPerWeek: 12, today: '2026-12-01' });
  add('search.query', { text: 'the' }, { text: 'the', kind: 'reflection' });
  add('sessions.last', { superviseeId: id });
  add('sessions.list', { superviseeId: id });
  add('settings.get', {});
  add('supervisees.get', { id });
  add('supervisees.list', {});
  add('audit.list', { limit: 20 });
  add('audit.verify', {});
  add('timeline.page', { superviseeId: id }, {});
  add('week.overview', { today: '2026-12-01' });
}, 120_000);
afterAll(() => {
  peerVault.close();
  core.vault.lock();
  dir.cleanup();
});

// The channels the screens read and keep in the cache.
function readByScreens(): string[] {
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(d, e.name)) : /\.tsx?$/.test(e.name) ? [join(d, e.name)] : [],
    );
  const found = new Set<string>();
  for (const f of files(join(__dirname, '../../src-renderer/src'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:useRead|keyOf)\(\s*'([a-zA-Z]+\.[a-zA-Z]+)'/g))
      found.add(m[1]!);
  }
  found.add('timeline.page'); // read page by page (features/timeline/use-timeline.ts)
  found.add('reflections.list'); // read as the answer history is filtered (AnswerHistory.tsx)
  return [...found].sort();
}

describe('what each read declares', () => {
  it('is declared by every read the screens keep, and each declaration is checked here', () => {
    const screens = readByScreens();
    expect(screens.length).toBeGreaterThan(30);
    for (const ch of screens) expect(CHANNEL_READS[ch as ChannelName], ch).toBeDefined();
    expect([...inputs.keys()].sort()).toEqual(Object.keys(CHANNEL_READS).sort());
  });

  it('names exactly the tables the read’s SQL reads', async () => {
    const wrong: string[] = [];
    for (const [ch, list] of inputs) {
      const seen = new Set<string>();
      for (const input of list) {
        const run = () =>
          onPeer.has(ch)
            ? (peerVault.core.registry.invoke(ch, input, t) as Promise<Result<unknown>>)
            : invoke(ch, input);
        const { value, tables } = await tablesRead(run);
        expect(value.ok, `${ch}: ${JSON.stringify(value).slice(0, 200)}`).toBe(true);
        for (const x of tables) seen.add(x);
      }
      const declared = expand(CHANNEL_READS[ch]!);
      const read = [...seen].filter((x) => x !== EXISTENCE_CHECK || declared.includes(x)).sort();
      if (JSON.stringify(read) !== JSON.stringify(declared))
        wrong.push(`${ch}: declares ${declared.join(' ')}; reads ${read.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
