// A real core on a fresh encrypted vault, unlocked, with one fictional supervisee and a recording
// file port: the starting point of the sessions, hours and signing suites.
import type { Supervisee } from '../../src-main/contract/supervisees';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { recordingFiles, type SavedFile } from './recording-files';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from './temp-vault';

export interface CoreWithSupervisee {
  core: AppCore;
  sup: Supervisee;
  saved: SavedFile[];
  dir: ReturnType<typeof tempDir>;
  close(): void;
}

export async function coreWithSupervisee(person: {
  fullName: string;
  discipline: Supervisee['discipline'];
  registrationNumber?: string;
  supervisionStart: string;
}): Promise<CoreWithSupervisee> {
  const dir = tempDir();
  const recorder = recordingFiles();
  const core = createAppCore({
    vaultDir: dir.path,
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    files: recorder.files,
  });
  const t = { trusted: true };
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  const sup = unwrap(await core.registry.invoke('supervisees.create', person, t)) as Supervisee;
  return {
    core,
    sup,
    saved: recorder.saved,
    dir,
    close() {
      core.vault.lock();
      dir.cleanup();
      recorder.cleanup();
    },
  };
}
