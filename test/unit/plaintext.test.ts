// Canary strings typed through the registry must never reach the disk unencrypted.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesContaining, filesUnder } from '../helpers/plaintext-scan';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('plaintext leaks', () => {
  it('keeps canaries out of the vault file, its WAL and SHM, and the temp folder', async () => {
    const started = Date.now() - 1000;
    // Made at run time so the literal never sits in a source or cache file that the scan reads.
    const tag = randomBytes(8).toString('hex');
    const canaries = ['NAME', 'SITE', 'PROGRAM', 'NOTE', 'REACTION', 'ACTION', 'DRAFT'].map(
      (k) => `CANARY-${tag}-${k}`,
    );
    const core = newCore(join(dir.path, 'vault'));
    const t = { trusted: true };
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    for (let i = 0; i < 200; i++) {
      const person = unwrap(
        await core.registry.invoke(
          'supervisees.create',
          {
            fullName: `${canaries[0]} ${i}`,
            site: canaries[1],
            program: canaries[2],
            discipline: 'other',
            supervisionStart: '2026-01-01',
          },
          t,
        ),
      ) as { id: string };
      // Case notes: their free text and their action items.
      unwrap(
        await core.registry.invoke(
          'notes.create',
          {
            superviseeId: person.id,
            date: '2026-01-05',
            caseCode: `C-${i}`,
            discussion: `${canaries[3]} ${i}`,
            reactions: canaries[4],
            actions: [{ text: canaries[5]! }],
          },
          t,
        ),
      );
      // A half-typed note, kept as a draft.
      unwrap(
        await core.registry.invoke(
          'drafts.save',
          {
            superviseeId: person.id,
            noteId: null,
            values: {
              sessionId: null,
              date: '2026-01-0',
              caseCode: 'C-',
              presentingConcern: '',
              discussion: `${canaries[6]} ${i}`,
              guidance: '',
              reactions: '',
              plan: '',
              riskFlags: [],
              identifiersReason: null,
              actions: [],
            },
          },
          t,
        ),
      );
    }
    // Scan while open (WAL still holds the writes) and again after close (checkpointed).
    const scan = () => {
      const files = [
        ...filesUnder(dir.path, 0),
        ...filesUnder(tmpdir(), started).filter((f) => !f.startsWith(dir.path)),
      ];
      const hits = filesContaining(files, canaries);
      return { files, hits };
    };
    const open = scan();
    expect(open.files.some((f) => f.endsWith('alliance.db-wal'))).toBe(true);
    expect(open.hits).toEqual([]);
    core.vault.lock();
    const closed = scan();
    expect(closed.files.some((f) => f.endsWith('alliance.db'))).toBe(true);
    expect(closed.hits).toEqual([]);
  });
});
