// The lint rules that enforce the boundaries docs/architecture.md describes, checked against code that breaks them.
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'build', 'eslint.config.mjs') });

async function rulesHit(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? 'fatal');
}

describe('boundary lint rules', () => {
  it.each(['src-main/core/x.ts', 'src-main/db/x.ts', 'src-main/contract/x.ts'])(
    '%s may not import electron',
    async (file) => {
      expect(await rulesHit("import { app } from 'electron';\nexport const a = app;\n", file)).toContain(
        'no-restricted-imports',
      );
    },
  );

  it('contract may not import Node modules or other src-main folders', async () => {
    expect(
      await rulesHit(
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
        'src-main/contract/x.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesHit(
        "import { listSupervisees } from '../core/supervisees';\nexport const l = listSupervisees;\n",
        'src-main/contract/x.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('the renderer imports only contract from src-main, and only api/ touches window.api', async () => {
    expect(
      await rulesHit(
        "import { listSupervisees } from '../../src-main/core/supervisees/supervisees';\nexport const l = " +
          'listSupervisees;\n',
        'src-renderer/src/x.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesHit(
        "import { channels } from '../../src-main/contract';\nexport const c = channels;\n",
        'src-renderer/src/x.ts',
      ),
    ).toEqual([]);
    expect(await rulesHit('export const a = window.api;\n', 'src-renderer/src/views/x.ts')).toContain(
      'no-restricted-properties',
    );
    expect(await rulesHit('export const a = window.api;\n', 'src-renderer/src/api/x.ts')).toEqual([]);
  });

  it('ipc/ imports the contract, not core; a feature never imports the wiring in core/app', async () => {
    const fromCore = "import { createHandlers } from '../core/app/handlers';\nexport const h = createHandlers;\n";
    expect(await rulesHit(fromCore, 'src-main/ipc/x.ts')).toContain('no-restricted-imports');
    expect(
      await rulesHit("import { channels } from '../contract';\nexport const c = channels;\n", 'src-main/ipc/x.ts'),
    ).toEqual([]);
    const wiring = "import { createHandlers } from '../app/handlers';\nexport const h = createHandlers;\n";
    expect(await rulesHit(wiring, 'src-main/core/sessions/x.ts')).toContain('no-restricted-imports');
    expect(await rulesHit(wiring.replace('../app/', '../sessions/'), 'src-main/core/hours/x.ts')).toEqual([]);
    expect(
      await rulesHit(
        "import { createMainWindow } from '../../window/create-window';\nexport const w = createMainWindow;\n",
        'src-main/core/hours/x.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('the export and import engine names no feature’s table: features lend their lists', async () => {
    const table = "import { caseNotes } from '../../db/schema';\nexport const t = caseNotes;\n";
    expect(await rulesHit(table, 'src-main/core/data-transfer/x.ts')).toContain('no-restricted-imports');
    expect(await rulesHit(table, 'src-main/core/notes/x.ts')).toEqual([]);
    const lists = "import { TRANSFER_LISTS } from '../features';\nexport const l = TRANSFER_LISTS;\n";
    expect(await rulesHit(lists, 'src-main/core/data-transfer/x.ts')).toEqual([]);
  });

  it('the preload may not hand ipcRenderer to the page', async () => {
    const code =
      "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('ipc', ipcRenderer);\n";
    expect(await rulesHit(code, 'src-main/preload/x.ts')).toContain('no-restricted-syntax');
  });
});
