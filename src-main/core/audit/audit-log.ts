// The security audit trail: who-did-what for the vault itself (never clinical text). Each event's
// SHA-256 covers the previous event's hash, so an edit or a gap is detectable by `verifyAudit`.
import { createHash } from 'node:crypto';
import { asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { AuditKind } from '../../contract/enums';
import { auditEvents } from './tables';
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

// The chain's newest event. Exports, backups and PDF logs record it, so a later truncation of the
// chain (which a chain alone cannot show) shows against any earlier document: `verifyAudit` with
// that document's head as `anchor`.
export interface AuditHead {
  seq: number;
  hash: string;
}

export function auditHead(db: Db): AuditHead {
  const last = db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1)
    .get();
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
  problem: 'gap' | 'edited' | 'broken_link' | 'unprotected' | 'truncated' | null;
  head: AuditHead;
}

const TRIGGERS = ['audit_events_no_update', 'audit_events_no_delete'];

export function verifyAudit(db: Db, anchor?: AuditHead): AuditVerification {
  const head = auditHead(db);
  const bad = (problem: AuditVerification['problem'], firstBadSeq: number | null, checked: number) => ({
    ok: false,
    checked,
    firstBadSeq,
    problem,
    head,
  });
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const e of db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all()) {
    if (e.seq !== expectedSeq) return bad('gap', expectedSeq, checked);
    if (e.prevHash !== prevHash) return bad('broken_link', e.seq, checked);
    if (eventHash(e.prevHash, e.seq, e.at, e.kind, e.detail) !== e.hash) return bad('edited', e.seq, checked);
    prevHash = e.hash;
    expectedSeq++;
    checked++;
  }
  // The chain links up. Without its triggers, though, it can be cut without leaving a gap; and a
  // recorded head must still be there, unchanged.
  const present = db
    .all<{ name: string }>(sql`select name from sqlite_master where type = 'trigger'`)
    .map((t) => t.name);
  if (!TRIGGERS.every((t) => present.includes(t))) return bad('unprotected', null, checked);
  if (anchor && anchor.seq > 0) {
    const at = db.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.seq, anchor.seq)).get();
    if (!at) return bad('truncated', head.seq + 1, checked);
    if (at.hash !== anchor.hash) return bad('edited', anchor.seq, checked);
  }
  return { ok: true, checked, firstBadSeq: null, problem: null, head };
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
