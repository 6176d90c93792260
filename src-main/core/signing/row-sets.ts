// What a signature covers: the sessions and hours dated inside a signed (or reopened) period. The
// periods' read re-hashes that content, so only a write landing inside a period makes it stale, not
// every session logged.
import { getTableName } from 'drizzle-orm';
import type { RowSet } from '../../db/touched-tables';
import { LOGGED_DAYS } from '../sessions/logged-between';
import { signedPeriods } from './tables';

const periods = getTableName(signedPeriods);

export const signingRowSets: RowSet[] = LOGGED_DAYS.map(({ table, day }) => ({
  name: 'signed_period_content',
  table,
  when:
    `EXISTS (SELECT 1 FROM ${periods} p WHERE p.supervisee_id = row.supervisee_id ` +
    `AND row.${day} BETWEEN p.period_start AND p.period_end)`,
}));
