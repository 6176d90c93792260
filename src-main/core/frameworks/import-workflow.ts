// Choosing a framework file and making a framework of it; writing the sample files.
import { basename } from 'node:path';
import type { Framework } from '../../contract/frameworks';
import type { Db } from '../../db/vault';
import type { Destination, FilePort } from '../shared/file-port';
import { readTextCapped } from '../shared/user-file';
import { createFramework } from './frameworks';
import { parseFrameworkFile, sampleFile, type CsvSettings } from './import-file';

// A framework file is a list of names: a megabyte is far more than any real one.
const MAX_BYTES = 1024 * 1024;

export async function importFrameworkFile(db: () => Db, files: FilePort, csv: CsvSettings): Promise<Framework | null> {
  const path = await files.chooseFile('Choose a framework file (CSV or JSON)', ['csv', 'json']);
  if (!path) return null;
  const text = readTextCapped(
    path,
    MAX_BYTES,
    'That file is larger than a framework can be (1 MB). Choose the framework file.',
  );
  return createFramework(db(), parseFrameworkFile(basename(path), text, csv));
}

export async function saveSampleFile(dest: Destination, format: 'csv' | 'json'): Promise<string | null> {
  const sample = sampleFile(format);
  const saved = await dest(sample.name, (write) => write(Buffer.from(sample.text, 'utf8')));
  return saved?.path ?? null;
}
