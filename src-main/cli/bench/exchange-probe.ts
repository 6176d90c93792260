// The benchmark's exchange step (docs/exchange.md): a month's hours packet for the busiest
// supervisee of the benchmark's vault. A small supervisee's vault is made with that month of their
// log (setup, not timed); then timed: the supervisee builds, signs and encrypts the packet, the
// supervisor's career-scale vault opens and receives it, and reconciles the month.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays } from '../../contract/dates';
import { superviseeInput } from '../../contract/supervisees';
import { cardText, createIdentity, parseCard, requireIdentity } from '../../core/exchange/identity';
import { receivePacket, sendPacket, type SealedPacket } from '../../core/exchange/packets';
import { pair } from '../../core/exchange/peers';
import { ownHours } from '../../core/sessions/exchange-hours';
import { reconcile } from '../../core/sessions/reconcile';
import { insertHours, writeSession } from '../../core/sessions/sessions';
import { createSupervisee } from '../../core/supervisees/supervisees';
import { OWASP_MINIMUM } from '../../db/kdf';
import { createVault, type Db, type OpenVault } from '../../db/vault';
import { MIGRATIONS_FOLDER } from '../paths';
import { BENCH_PASSPHRASE, busiestSupervisee, lastLoggedMonth } from './datasets';

const cardOf = (db: Db) => parseCard(Buffer.from(cardText(requireIdentity(db))));

export async function exchangeMonth(supervisor: OpenVault, work: string): Promise<{ ms: number; lines: number }> {
  const who = busiestSupervisee(supervisor.db);
  const month = lastLoggedMonth(supervisor.db, who);
  const { vault: theirs } = await createVault(join(work, 'supervisee-vault'), BENCH_PASSPHRASE, {
    migrationsFolder: MIGRATIONS_FOLDER,
    kdf: OWASP_MINIMUM,
  });
  try {
    const self = createSupervisee(
      theirs.db,
      superviseeInput.parse({
        fullName: 'Benchmark Supervisee',
        discipline: 'counseling_associate',
        supervisionStart: '2000-01-01',
      }),
    ).id;
    const ts = new Date().toISOString();
    const log = ownHours(supervisor.db, who, month);
    const blank = { site: '', casesDiscussed: '', topics: '', summary: '', followUps: '' };
    theirs.db.transaction((tx) => {
      for (const s of log.sessions) writeSession(tx, { superviseeId: self, ...s, ...blank }, ts);
      for (const w of log.weeks) insertHours(tx, self, null, w.weekStart, addDays(w.weekStart, 6), w.entries, ts);
    });
    await createIdentity(supervisor.db, 'Benchmark Supervisor', 'supervisor');
    await createIdentity(theirs.db, 'Benchmark Supervisee', 'supervisee');
    // A fresh supervisee's vault each run: the supervisor confirms its new fingerprint.
    const card = cardOf(theirs.db);
    pair(supervisor.db, { card, superviseeId: who, typedFingerprint: card.fingerprint, confirmChange: true });
    const back = cardOf(supervisor.db);
    pair(theirs.db, { card: back, superviseeId: self, typedFingerprint: back.fingerprint });

    const t0 = performance.now();
    let sealed: SealedPacket | null = null;
    await sendPacket(theirs.db, { superviseeId: self, kind: 'hours', period: month }, (p) => {
      sealed = p;
    });
    await receivePacket(supervisor.db, (sealed as SealedPacket | null)!.bytes);
    const r = reconcile(supervisor.db, who, month);
    const ms = performance.now() - t0;
    if (r.open !== 0) throw new Error('The benchmark month should reconcile with nothing open.');
    return { ms, lines: r.lines.length };
  } finally {
    theirs.close();
  }
}
