// The security audit trail: who-did-what for the vault itself (never clinical text). Each event's
// SHA-256 covers the previous event's hash, so an edit or a gap is detectable by `verifyAudit`.
import { createHash } from 'node:crypto';
import { asc, desc, lt, sql } from 'drizzle-orm';
import type { AuditKind } from '../../contract/enums';
import { auditEvents } from '../../db/schema';
import type { Db } from '../../db/vault';

export const GENESIS_HASH = '0'.repeat(64);
export type AuditDetail = Record<string, string | number | boolean | null>;
export type AuditEvent = typeof auditEvents.$inferSelect;

function eventHash(prevHash: string, seq: number, at: string, kind: string, detail: string): string {
  return createHash('sha256').update(`${prevHash}|${seq}|${at}|${kind}|${detail}`).digest('hex');
}

export function appendAudit(db: Db, kind: AuditKind, detail: AuditDetail = {}, now = new Date()): AuditEvent {
  return db.transaction((tx) => {
    const last = tx.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1).get();
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const at = now.toISOString();
    const text = JSON.stringify(detail);
    const row = { seq, at, kind, detail: text, prevHash, hash: eventHash(prevHash, seq, at, kind, text) };
    tx.insert(auditEvents).values(row).run();
    return row;
  });
}

export function listAudit(
  db: Db,
  opts: { limit: number; beforeSeq?: number | undefined },
): { events: AuditEvent[]; total: number } {
  const events = db
    .select()
    .from(auditEvents)
    .where(opts.beforeSeq ? lt(auditEvents.seq, opts.beforeSeq) : undefined)
    .orderBy(desc(auditEvents.seq))
    .limit(opts.limit)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditEvents)
      .get()?.n ?? 0;
  return { events, total };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
  problem: 'gap' | 'edited' | 'broken_link' | null;
}

export function verifyAudit(db: Db): AuditVerification {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const e of db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all()) {
    if (e.seq !== expectedSeq) return { ok: false, checked, firstBadSeq: expectedSeq, problem: 'gap' };
    if (e.prevHash !== prevHash) return { ok: false, checked, firstBadSeq: e.seq, problem: 'broken_link' };
    if (eventHash(e.prevHash, e.seq, e.at, e.kind, e.detail) !== e.hash)
      return { ok: false, checked, firstBadSeq: e.seq, problem: 'edited' };
    prevHash = e.hash;
    expectedSeq++;
    checked++;
  }
  return { ok: true, checked, firstBadSeq: null, problem: null };
}

export function exportAudit(db: Db, now = new Date()) {
  return {
    format: 'alliance-audit',
    version: 1,
    exportedAt: now.toISOString(),
    verification: verifyAudit(db),
    events: db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all(),
  };
}
