// The one test that runs real Electron. It needs the Electron binary, which is downloaded on first
// use and cannot be here (no network to GitHub); where it is missing the test is skipped and says so.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { _electron as electron, expect, test } from '@playwright/test';
import { CHANNEL_NAMES } from '../../src-main/contract';

const ROOT = resolve(__dirname, '..', '..');

// Looks for the binary without require('electron'), which would try to download it.
function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();
// Said out loud, because reporters show a skipped test as a single dash.
if (!binary) console.log('Electron smoke test SKIPPED: no Electron binary in node_modules/electron/dist.');

test.describe('Electron smoke', () => {
  test.skip(
    !binary,
    'SKIPPED: no Electron binary in node_modules/electron/dist (it downloads on first use; run `node ' +
      'node_modules/electron/install.js` where GitHub is reachable).',
  );

  test('the real app opens a sandboxed window on app://, creates a vault, quick-unlocks, and locks', async () => {
    execFileSync(process.execPath, [join(ROOT, 'build', 'scripts', 'native-for.mjs'), 'electron'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    const home = mkdtempSync(join(tmpdir(), 'alliance-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT],
      env: { ...process.env, ALLIANCE_VAULT_DIR: join(home, 'vault'), ELECTRON_RENDERER_URL: '' },
    });
    try {
      const win = await app.firstWindow();
      expect(win.url()).toBe('app://alliance/index.html');
      expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      // One namespace per channel prefix, and the lock event: nothing else reaches the page.
      const namespaces = [...new Set(CHANNEL_NAMES.map((c) => c.split('.')[0]!)), 'events'].sort();
      expect(await win.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(
        namespaces,
      );
      await win.getByLabel('Passphrase', { exact: true }).fill('smoke-test-passphrase-1');
      await win.getByLabel('Confirm passphrase').fill('smoke-test-passphrase-1');
      await win.getByRole('button', { name: 'Create vault' }).click();
      await expect(win.getByTestId('recovery-key')).toBeVisible({ timeout: 15_000 });
      await win.getByLabel('I have stored my recovery key somewhere safe.').check();
      await win.getByRole('button', { name: 'Continue to Alliance' }).click();
      // Quick unlock with the real keychain (safeStorage): where there is one, on, locked, unlocked
      // with it; on Linux with no keyring it must be refused, saying why.
      const quick = await win.evaluate(() =>
        (
          window as unknown as { api: { vault: { quickUnlockStatus(i: object): Promise<unknown> } } }
        ).api.vault.quickUnlockStatus({}),
      );
      const status = (quick as { ok: true; value: { available: boolean; reason: string | null } }).value;
      if (status.available) {
        await win.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
        const card = win.getByRole('form', { name: 'Quick unlock' });
        await card.getByLabel('Passphrase, to turn it on').fill('smoke-test-passphrase-1');
        await card.getByRole('button', { name: 'Turn quick unlock on' }).click();
        await expect(card.getByText(/^On\. /)).toBeVisible({ timeout: 15_000 });
        await win.getByRole('button', { name: 'Lock vault' }).click();
        await win.getByRole('button', { name: 'Unlock with the system keychain' }).click();
        await expect(win.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      } else expect(status.reason).toMatch(/keyring|keychain/);
      await win.getByRole('button', { name: 'Lock vault' }).click();
      await expect(win.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
      const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
      expect(windows).toBe(1);
    } finally {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
