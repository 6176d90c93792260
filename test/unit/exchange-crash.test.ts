// A SIGKILL while a packet is received leaves the supervisor's vault as it was or with the whole
// packet in, never part of it: the packet, the chain and the security-log line are one transaction.
// Kills spread over the receive, and one known to land inside the transaction (the child pauses
// there, test/helpers/receive-child.ts).
import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangePackets, exchangePeers } from '../../src-main/db/schema';
import { unlockVault } from '../../src-main/db/vault';
import { pairedVaults, send } from '../helpers/exchange-pair';
import { MIGRATIONS, PASSPHRASE, tempDir } from '../helpers/temp-vault';

const ROOT = resolve(__dirname, '..', '..');
const KILLS = 8;
let v: Awaited<ReturnType<typeof pairedVaults>>;
let packet: string;
let packetId: string;
const work = tempDir('alliance-exchange-crash-');

beforeAll(async () => {
  v = await pairedVaults();
  // A month of sessions makes the receive long enough for kills to land inside it.
  for (let day = 1; day <= 28; day++)
    await v.supervisee.call('sessions.create', {
      superviseeId: v.supervisee.sup.id,
      date: `2026-10-${String(day).padStart(2, '0')}`,
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
      hours: [{ kind: 'direct', activity: 'individual', hours: 2 }],
    });
  const sent = await send(v.supervisee, v.outbox.path, 'hours', { from: '2026-10-01', to: '2026-10-31' });
  packet = sent.file;
  packetId = sent.sealed.payload.id;
  v.supervisor.core.vault.lock();
}, 120_000);
afterAll(() => {
  v.close();
  work.cleanup();
});

// Runs the child on a fresh copy of the locked vault; kills it `afterOpenMs` after it has unlocked
// (or lets it finish when null). Returns the copy's folder and whether it acknowledged.
// With `inside`, the child pauses inside the receive's transaction and is killed there.
function run(
  copy: string,
  afterOpenMs: number | null,
  inside = false,
): Promise<{ acked: boolean; receiveMs: number; killedInside: boolean }> {
  return new Promise((done) => {
    let opened = 0;
    let killedInside = false;
    // Node itself, with tsx as a loader: the process killed is the one receiving (tsx's own command
    // would run it in a grandchild that a SIGKILL to the wrapper leaves running).
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'test/helpers/receive-child.ts'),
        copy,
        MIGRATIONS,
        PASSPHRASE,
        packet,
        ...(inside ? ['pause-inside'] : []),
      ],
      { cwd: ROOT },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!opened && out.includes('open\n')) {
        opened = Date.now();
        if (afterOpenMs !== null) setTimeout(() => child.kill('SIGKILL'), afterOpenMs);
      }
      if (inside && !killedInside && out.includes('inside\n')) {
        killedInside = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => done({ acked: out.includes('ack'), receiveMs: Date.now() - opened, killedInside }));
  });
}

async function stateOf(copy: string) {
  const vault = await unlockVault(copy, PASSPHRASE, { migrationsFolder: MIGRATIONS });
  try {
    const peer = vault.db.select().from(exchangePeers).get()!;
    const packets = vault.db.select().from(exchangePackets).all();
    return { seq: peer.receivedSeq, packets: packets.map((p) => p.id) };
  } finally {
    vault.close();
  }
}

describe('receiving under SIGKILL', () => {
  it(`is all or nothing across ${KILLS} kills at moments spread over the receive`, async () => {
    const baseline = join(work.path, 'whole');
    cpSync(v.supervisor.dir.path, baseline, { recursive: true });
    const { acked, receiveMs } = await run(baseline, null);
    expect(acked).toBe(true);
    expect(await stateOf(baseline)).toEqual({ seq: 1, packets: [packetId] });
    const outcomes = { none: 0, all: 0 };
    for (let i = 0; i < KILLS; i++) {
      const copy = join(work.path, `kill-${i}`);
      cpSync(v.supervisor.dir.path, copy, { recursive: true });
      // From at once to a little past the end of the receive. The receive is short (tens of ms), so on
      // a quiet machine most kills land after its commit; each outcome must still be whole.
      await run(copy, Math.round((receiveMs * 1.2 * i) / KILLS));
      const state = await stateOf(copy);
      expect([
        { seq: 0, packets: [] },
        { seq: 1, packets: [packetId] },
      ]).toContainEqual(state);
      outcomes[state.seq === 1 ? 'all' : 'none'] += 1;
    }
    expect(outcomes.all + outcomes.none).toBe(KILLS);
    // The packet file is untouched by any of it, and opens whole.
    expect(readFileSync(packet).length).toBeGreaterThan(0);
  }, 300_000);

  it('leaves nothing when the kill lands inside the transaction, after the packet row is written', async () => {
    const copy = join(work.path, 'inside');
    cpSync(v.supervisor.dir.path, copy, { recursive: true });
    const { acked, killedInside } = await run(copy, null, true);
    expect(killedInside).toBe(true);
    expect(acked).toBe(false);
    expect(await stateOf(copy)).toEqual({ seq: 0, packets: [] });
    // And the same vault then takes the packet whole.
    expect((await run(copy, null)).acked).toBe(true);
    expect(await stateOf(copy)).toEqual({ seq: 1, packets: [packetId] });
  }, 120_000);
});
