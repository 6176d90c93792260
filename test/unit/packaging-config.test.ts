// The packaging config is data; these checks keep its security-relevant parts from drifting.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = createRequire(__filename)(resolve(__dirname, '..', '..', 'build', 'electron-builder.config.cjs'));

describe('electron-builder config', () => {
  it('sets the Electron fuses that close code-execution side doors', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('targets every desktop platform, unpacks native addons and ships migrations', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'drizzle', to: 'drizzle' }));
  });
});
