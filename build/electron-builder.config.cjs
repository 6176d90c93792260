// electron-builder: AppImage and deb on Linux, dmg on macOS, nsis on Windows. Native addons are
// unpacked from the asar (they cannot be loaded from inside it); migrations ship as a resource.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.alliance.notebook',
  productName: 'Alliance',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**', 'package.json', '!**/*.map'],
  extraResources: [{ from: 'drizzle', to: 'drizzle', filter: ['**/*'] }],
  asar: true,
  asarUnpack: ['**/*.node'],
  npmRebuild: true,
  // Electron fuses: switch off what an attacker could use to run code through the signed binary.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Alliance contributors' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};
