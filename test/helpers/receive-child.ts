// Child process for the exchange's crash test: unlocks a vault and receives one packet file, writing
// "ack" only once the receive has committed. The parent kills it with SIGKILL at chosen moments.
import { readFileSync, writeSync } from 'node:fs';
import { receivePacket } from '../../src-main/core/exchange/packets';
import { unlockVault } from '../../src-main/db/vault';

const [dir, migrations, passphrase, packet] = process.argv.slice(2) as [string, string, string, string];

void (async () => {
  const vault = await unlockVault(dir, passphrase, { migrationsFolder: migrations });
  writeSync(1, 'open\n');
  await receivePacket(vault.db, readFileSync(packet));
  writeSync(1, 'ack\n');
  vault.close();
})();
