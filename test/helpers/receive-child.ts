// Child process for the exchange's crash test: unlocks a vault and receives one packet file, writing
// "ack" only once the receive has committed. The parent kills it with SIGKILL at chosen moments.
// With "pause-inside", the child stops inside the receive's transaction, just after the packet's row
// is written and before the chain moves on and the transaction commits, and says "inside": the parent
// kills it there, so a kill is known to land mid-transaction. Nothing else about the receive changes.
import { readFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { receivePacket } from '../../src-main/core/exchange/packets';
import { unlockVault } from '../../src-main/db/vault';

const [dir, migrations, passphrase, packet, mode] = process.argv.slice(2) as [string, string, string, string, string?];

if (mode === 'pause-inside') {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as { run: (...a: unknown[]) => unknown };
  probe.close();
  const run = proto.run;
  proto.run = function (this: { source: string }, ...args: unknown[]) {
    const result = run.apply(this, args);
    if (/^insert into "exchange_packets"/i.test(this.source)) {
      writeSync(1, 'inside\n');
      // Held here until the parent's SIGKILL.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
    return result;
  };
}

void (async () => {
  const vault = await unlockVault(dir, passphrase, { migrationsFolder: migrations });
  writeSync(1, 'open\n');
  await receivePacket(vault.db, readFileSync(packet));
  writeSync(1, 'ack\n');
  vault.close();
})();
