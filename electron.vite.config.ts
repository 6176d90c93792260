// One build for the three Electron targets. The preload must be a single CommonJS file because a
// sandboxed preload cannot load ES modules or other files from disk.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Vite's dev server needs inline scripts and a websocket for hot reload; production keeps the strict
// CSP written in index.html. Only `electron-vite dev` ever runs this plugin's transform.
function devCsp(): Plugin {
  return {
    name: 'alliance-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/,
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ` +
          `'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws://localhost:*; img-src 'self' ` +
          `data:" />`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // stream-json and age-encryption are published as ES modules only; bundled, the CommonJS main never
      // has to require one.
      externalizeDeps: { exclude: ['stream-json', 'stream-chain', 'age-encryption'] },
      outDir: 'out/main',
      // The de-identification guard's worker is its own file beside index.js (core/notes/guard-thread.ts).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          'guard-worker': resolve(__dirname, 'src-main/core/notes/guard-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Bundle everything (the channel table pulls in zod): a sandboxed preload cannot require packages.
      externalizeDeps: false,
      minify: true,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), devCsp()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
