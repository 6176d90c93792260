// The weeks' hours: client hours logged for a week rather than with a session. The week entries'
// read depends on these alone, so a session's own hours do not make it stale.
import { getTableName } from 'drizzle-orm';
import type { RowSet } from '../../db/touched-tables';
import { clientHours } from './tables';

export const sessionRowSets: RowSet[] = [
  { name: 'weekly_hours', table: getTableName(clientHours), when: 'row.session_id IS NULL' },
];
