// A SIGKILL while a packet is received leaves the supervisor's vault as it was or with the whole
// packet in, never part of it: the packet, the chain and the security-log line are one transaction.
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
function run(copy: string, afterOpenMs: number | null): Promise<{ acked: boolean; receiveMs: number }> {
  return new Promise((done) => {
    let opened = 0;
    const child = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'test/helpers/receive-child.ts'), copy, MIGRATIONS, PASSPHRASE, packet],
      { cwd: ROOT },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!opened && out.includes('open\n')) {
        opened = Date.now();
        if (afterOpenMs !== null) setTimeout(() => child.kill('SIGKILL'), afterOpenMs);
      }
    });
    child.on('exit', () => done({ acked: out.includes('ack'), receiveMs: Date.now() - opened }));
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
});
