// The app's import from Settings: the same check and load as the command line's, read a piece at a
// time with a turn of the event loop between pieces and a short pause between the steps after the
// last record, so the window can ask how far it has got and show a running count, then which step
// is running. Its transaction stays open throughout; every other request waits until it ends
// (VaultSession.hold), so nothing else is written inside it.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/vault';
import type { Via } from '../shared/via';
import type { ImportStage, ImportStep } from '../../contract/data-transfer';
import { runStepsWithPauses } from '../shared/steps';
import { ImportError, Importer, type ImportCounts } from './importer';
import type { ImportProblem } from './json-format';
import { recordsFromFileInPieces, type RecordSink } from './import-source';
import { checkImportFile, finishingImport, setUpForLoad } from './workflows';

export interface ReadSoFar {
  stage: ImportStage;
  bytesRead: number;
  records: number;
}

// The sink, counting each record it is handed.
function counted(sink: RecordSink, count: () => void): RecordSink {
  return {
    lists: sink.lists,
    wants: (list, index) => sink.wants(list, index),
    record: (list, index, value) => {
      count();
      sink.record(list, index, value);
    },
  };
}

// Reads the whole file into an importer inside one transaction, then runs the steps `after` gives;
// `commit` decides whether it is kept.
async function loadInPieces<T>(
  db: Db,
  path: string,
  progress: (p: ReadSoFar) => void,
  after: (importer: Importer, frame: unknown) => Generator<ImportStep, T>,
  commit: boolean,
): Promise<T> {
  checkImportFile(path);
  const restoreSettings = setUpForLoad(db);
  try {
    db.run(sql`begin immediate`);
    // From here on the transaction is this import's own, and only it may roll it back.
    try {
      const importer = new Importer(db);
      let records = 0;
      const sink = counted(importer, () => records++);
      let bytesRead = 0;
      const frame = await recordsFromFileInPieces(path, sink, (read) => {
        bytesRead = read;
        progress({ stage: 'reading', bytesRead, records });
      });
      const value = await runStepsWithPauses(after(importer, frame), (stage) =>
        progress({ stage, bytesRead, records }),
      );
      db.run(commit ? sql`commit` : sql`rollback`);
      return value;
    } catch (e) {
      // A lock closes the connection under the import; SQLite has then dropped the transaction itself.
      try {
        db.run(sql`rollback`);
      } catch {
        /* already rolled back */
      }
      throw e;
    }
  } finally {
    restoreSettings();
  }
}

export function importFileInPieces(
  db: Db,
  path: string,
  progress: (p: ReadSoFar) => void,
  via: Via = 'app',
): Promise<ImportCounts> {
  return loadInPieces(db, path, progress, (importer, frame) => finishingImport(db, importer, frame, via), true);
}

// The preview: the same checks, rolled back, with the problems as a value.
export async function previewFileInPieces(
  db: Db,
  path: string,
  progress: (p: ReadSoFar) => void,
): Promise<{ counts: ImportCounts | null; problems: ImportProblem[]; problemCount: number; complete: boolean }> {
  try {
    const counts = await loadInPieces(db, path, progress, (importer, frame) => importer.checking(frame), false);
    return { counts, problems: [], problemCount: 0, complete: true };
  } catch (e) {
    if (e instanceof ImportError)
      return { counts: null, problems: e.problems, problemCount: e.total, complete: e.complete };
    throw e;
  }
}
