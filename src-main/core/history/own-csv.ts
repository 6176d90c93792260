// The mappings that bring Alliance's own CSV exports back in (core/hours/hours-csv.ts), offered when
// a file's header is one of them, so an export re-imports to the same totals without any mapping.
import { DIRECT_ACTIVITIES } from '../../contract/enums';
import type { HistoryMapping } from '../../contract/history';
import { historyMapping } from '../../contract/history';
import { SESSION_CSV_FIELDS, WEEKLY_CSV_FIELDS } from '../hours/hours-csv';

const hours = [
  ...DIRECT_ACTIVITIES.map((a) => ({ column: `direct_${a}_hours`, kind: 'direct' as const, activity: a })),
  { column: 'indirect_hours', kind: 'indirect' as const, activity: null },
];

export function ownCsvMapping(columns: readonly string[]): { name: string; mapping: HistoryMapping } | null {
  const has = (fields: readonly string[]) => fields.every((f) => columns.includes(f));
  if (has(SESSION_CSV_FIELDS))
    return {
      name: 'Alliance sessions CSV',
      mapping: historyMapping.parse({
        date: 'date',
        dateFormat: 'ymd',
        minutes: 'duration_minutes',
        format: 'format',
        groupSize: 'group_size',
        modality: 'modality',
        attendance: 'attendance',
        hours,
      }),
    };
  if (has(WEEKLY_CSV_FIELDS))
    return {
      name: 'Alliance weekly CSV',
      mapping: historyMapping.parse({
        date: 'week_start',
        dateFormat: 'ymd',
        // The weekly CSV keeps individual and triadic together: they come back as individual.
        supervision: [
          { column: 'individual_triadic_hours', format: 'individual' },
          { column: 'group_hours', format: 'group' },
        ],
        hours,
      }),
    };
  return null;
}
