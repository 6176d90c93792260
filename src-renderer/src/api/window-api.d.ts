import type { AllianceApi } from '../../../src-main/contract';

declare global {
  interface Window {
    // Built by the preload (Electron) or the test bridge (Playwright) from the same contract.
    readonly api: AllianceApi;
  }
}
export {};
