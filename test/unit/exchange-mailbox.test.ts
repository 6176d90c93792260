// The mailbox folder as the app watches it: remembered in the vault, and what waits there for this
// vault counted by the packets' names: the other person's new packets, not this vault's own outgoing
// ones, not those already received; a folder that is gone says so.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailboxFolder, rememberMailbox, waitingInMailbox } from '../../src-main/core/exchange/mailbox';
import { receivePacket } from '../../src-main/core/exchange/packets';
import { pairedVaults, send } from '../helpers/exchange-pair';

let v: Awaited<ReturnType<typeof pairedVaults>>;
beforeEach(async () => {
  v = await pairedVaults();
});
afterEach(() => v.close());

// Something of the supervisee's to send: their own check-in in November.
const checkInNovember = () =>
  v.supervisee.call('checkins.create', {
    superviseeId: v.supervisee.sup.id,
    checkedOn: '2026-11-16',
    respondent: 'supervisee',
    goals: 7,
    tasks: 7,
    bond: 8,
    comment: '',
  });

describe('the mailbox folder', () => {
  it('counts the new packets waiting for this vault, by sender, until they are received', async () => {
    const db = v.supervisor.db();
    expect(waitingInMailbox(db)).toEqual({ folder: null, missing: false, waiting: [] });
    rememberMailbox(db, v.outbox.path);
    expect(mailboxFolder(db)).toBe(v.outbox.path);

    await checkInNovember();
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const first = await send(v.supervisee, v.outbox.path, 'alliance', november);
    await send(v.supervisee, v.outbox.path, 'alliance', november);
    // The supervisor's own packet to them sits in the same folder and is not for this vault.
    await v.supervisor.call('reflections.prepare', {
      superviseeId: v.supervisor.sup.id,
      prompts: [{ setId: 'gibbs', promptId: 'feeling' }],
    });
    await send(v.supervisor, v.outbox.path, 'prompts', null);

    const waiting = waitingInMailbox(db);
    expect(waiting.waiting).toEqual([{ superviseeId: v.supervisor.sup.id, name: 'Juniper Saltmarsh', count: 2 }]);
    await receivePacket(db, readFileSync(first.file));
    expect(waitingInMailbox(db).waiting[0]!.count).toBe(1);
    // In the supervisee's vault, the supervisor's one packet waits.
    rememberMailbox(v.supervisee.db(), v.outbox.path);
    expect(waitingInMailbox(v.supervisee.db()).waiting).toEqual([
      { superviseeId: v.supervisee.sup.id, name: 'Sable Rookwood', count: 1 },
    ]);
  });

  it('says when the remembered folder cannot be read', () => {
    const db = v.supervisor.db();
    const gone = join(v.outbox.path, 'unplugged');
    rememberMailbox(db, gone);
    rmSync(gone, { recursive: true, force: true });
    expect(waitingInMailbox(db)).toEqual({ folder: gone, missing: true, waiting: [] });
  });

  it('names a file it cannot open, leaves it, and still shows the new packet after it', async () => {
    const db = v.supervisor.db();
    rememberMailbox(db, v.outbox.path);
    await checkInNovember();
    await send(v.supervisee, v.outbox.path, 'alliance', { from: '2026-11-01', to: '2026-11-30' });
    // Both sort before the packet ("alliance-…"): a damaged file, and a folder with a packet's ending.
    const damaged = join(v.outbox.path, 'alliance-0-damaged.age');
    writeFileSync(damaged, 'age-encryption.org/v1\nnot the rest of it');
    mkdirSync(join(v.outbox.path, 'alliance-1-folder.age'));
    type Checked = { preview: { seq: number } | null; passedOver: number; refused: { name: string; reason: string }[] };
    const r = await v.supervisor.call<Checked>('exchange.openFolder', { again: true });
    expect(r.preview?.seq).toBe(1);
    expect(r.refused.map((f) => f.name)).toEqual(['alliance-0-damaged.age', 'alliance-1-folder.age']);
    for (const f of r.refused) expect(f.reason).toMatch(/^[A-Z][^\n]*\.$/);
    expect(existsSync(damaged)).toBe(true);
  });
});
