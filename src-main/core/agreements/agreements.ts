// The supervision agreement. Saving writes a new version; the earlier versions stay as they were,
// so what was agreed at any time can be shown. From the second version on, a reason is required.
import { agreementDatesProblem } from '../../contract/record-rules';
import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { MeetingFrequency } from '../../contract/enums';
import type { Agreement, AgreementInput } from '../../contract/agreements';
import { localToday } from '../../contract/dates';
import { invalid, issue } from '../../contract/errors';
import { agreements } from './tables';
import type { Db } from '../../db/vault';
import { assertHappened } from '../shared/happened-on';
import { getSupervisee } from '../supervisees/supervisees';

export function agreementVersions(db: Db, superviseeId: string): Agreement[] {
  getSupervisee(db, superviseeId);
  return db
    .select()
    .from(agreements)
    .where(eq(agreements.superviseeId, superviseeId))
    .orderBy(desc(agreements.version))
    .all();
}

export function saveAgreement(db: Db, input: AgreementInput, now = new Date()): Agreement {
  return db.transaction((tx) => {
    const current = agreementVersions(tx, input.superviseeId)[0];
    const { superviseeId, reason, agreedOn = localToday(now), ...fields } = input;
    if (current && !reason) throw invalid(issue('reason', 'Say what changed and why: it is kept with this version.'));
    assertHappened('agreedOn', agreedOn, 'The day it was agreed', now);
    if (current && agreedOn < current.agreedOn)
      throw invalid(issue('agreedOn', 'This version is dated before the version it amends.'));
    const dates = agreementDatesProblem(input);
    if (dates) throw invalid(issue(dates.field, dates.message));
    const row: Agreement = {
      id: randomUUID(),
      superviseeId,
      version: (current?.version ?? 0) + 1,
      ...fields,
      reason: current ? reason : null,
      agreedOn,
      createdAt: now.toISOString(),
    };
    tx.insert(agreements).values(row).run();
    return row;
  });
}

// Each supervisee's newest agreement: how often they meet and when they are evaluated (This week).
export function newestAgreements(
  db: Db,
): Map<string, { frequency: MeetingFrequency; evaluationDates: string[]; endsOn: string | null }> {
  const rows = db.all<{
    supervisee_id: string;
    frequency: MeetingFrequency;
    evaluation_dates: string;
    ends_on: string | null;
  }>(
    sql`select a.supervisee_id, a.frequency, a.evaluation_dates, a.ends_on from agreements a
        where a.version = (select max(version) from agreements b where b.supervisee_id = a.supervisee_id)`,
  );
  return new Map(
    rows.map((a) => [
      a.supervisee_id,
      { frequency: a.frequency, evaluationDates: JSON.parse(a.evaluation_dates) as string[], endsOn: a.ends_on },
    ]),
  );
}
