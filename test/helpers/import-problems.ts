// What an import of `json` would refuse, or [] if it was imported (the tests' vaults are throwaway).
import { ImportError } from '../../src-main/core/data-transfer/importer';
import type { ImportProblem } from '../../src-main/core/data-transfer/json-format';
import { importJson } from '../../src-main/core/data-transfer/workflows';
import type { Db } from '../../src-main/db/vault';

export function importProblems(db: Db, json: unknown): ImportProblem[] {
  try {
    importJson(db, json);
    return [];
  } catch (e) {
    if (e instanceof ImportError) return e.problems;
    throw e;
  }
}
