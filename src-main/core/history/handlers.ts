// The history import's channels. A chosen file is read once into memory and named afterwards only by
// a token, so the page never hands main a path; it is dropped once imported or when another is chosen.
import { basename } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { HandlersFor } from '../../contract/channel-table';
import { localToday } from '../../contract/dates';
import { AppError } from '../../contract/errors';
import { historyMapping, type historyChannels, type HistoryMapping } from '../../contract/history';
import type { Db } from '../../db/vault';
import type { FilePort } from '../shared/file-port';
import { readSetting, writeSetting } from '../settings/settings';
import { activePeriods } from '../signing/signing';
import { getSupervisee } from '../supervisees/supervisees';
import { ownCsvMapping } from './own-csv';
import { planHistory } from './plan';
import { readTable, text, type Table } from './read-table';
import { writeHistory } from './write-history';

const MAPPINGS_KEY = 'history.mappings';
const MAX_MAPPINGS = 20;

type Saved = { name: string; mapping: HistoryMapping }[];

function savedMappings(db: Db): Saved {
  const raw = readSetting(db, MAPPINGS_KEY);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown[];
    return list.flatMap((x) => {
      const m = historyMapping.safeParse((x as { mapping?: unknown }).mapping);
      const name = (x as { name?: unknown }).name;
      return m.success && typeof name === 'string' ? [{ name, mapping: m.data }] : [];
    });
  } catch {
    return [];
  }
}

export function historyHandlers(db: () => Db, files: FilePort): HandlersFor<typeof historyChannels> {
  // Held with the vault it was chosen for: after a lock and unlock (a new connection) it is dropped.
  let chosen: { token: string; table: Table; vault: Db } | null = null;
  const tableFor = (token: string) => {
    if (chosen && chosen.vault !== db()) chosen = null;
    if (chosen?.token !== token) throw new AppError('not_found', 'Choose the file again: it is no longer open.');
    return chosen.table;
  };
  const plan = (i: { token: string; superviseeId: string; mapping: HistoryMapping }) => {
    const person = getSupervisee(db(), i.superviseeId);
    return planHistory(tableFor(i.token), i.mapping, {
      superviseeId: person.id,
      today: localToday(),
      signed: activePeriods(db()).get(person.id) ?? [],
    });
  };
  return {
    'history.chooseFile': async () => {
      chosen = null;
      const path = await files.chooseFile('Choose a spreadsheet of past hours (CSV or Excel)', ['csv', 'xlsx']);
      if (!path) return { token: null, name: '', columns: [], rowCount: 0, sample: [], suggested: null };
      const table = await readTable(path, basename(path));
      chosen = { token: randomUUID(), table, vault: db() };
      return {
        token: chosen.token,
        name: table.name,
        columns: table.columns,
        rowCount: table.rows.length,
        sample: table.rows.slice(0, 5).map((r) => table.columns.map((_, i) => text(r[i] ?? null))),
        suggested: ownCsvMapping(table.columns),
      };
    },
    'history.preview': (i) => plan(i).preview,
    'history.import': (i) => {
      const p = plan(i);
      if (p.preview.refused && !i.leaveOutRefused)
        throw new AppError(
          'validation',
          `${p.preview.refused} ${p.preview.refused === 1 ? 'row is' : 'rows are'} refused: fix them in the file ` +
            'and choose it again, or leave them out. Nothing was saved.',
        );
      writeHistory(db(), i.superviseeId, p);
      chosen = null;
      return p.preview.totals;
    },
    'history.mappings': () => savedMappings(db()),
    'history.saveMapping': (i) => {
      const others = savedMappings(db()).filter((m) => m.name !== i.name);
      if (others.length >= MAX_MAPPINGS)
        throw new AppError('validation', `At most ${MAX_MAPPINGS} saved mappings: replace one by its name.`);
      writeSetting(db(), MAPPINGS_KEY, JSON.stringify([...others, { name: i.name, mapping: i.mapping }]));
      return { name: i.name };
    },
  };
}
