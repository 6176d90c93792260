// A feature's name is the same in every layer: its channels' namespace, its contract file, its core
// folder and its renderer folder. Where one differs, docs/architecture.md's table says why, and this
// list (which must match that table) names it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../src-main/contract';

const ROOT = resolve(__dirname, '..', '..');
// Namespace -> the contract file (and core folder) it lives in, when the names differ.
const NAMESPACE_HOME: Record<string, string> = {
  agreement: 'agreements',
  goals: 'agreements',
  checkins: 'alliance',
  constellation: 'alliance',
  feedback: 'alliance',
  backup: 'backups',
  transfer: 'data-transfer',
  periods: 'signing',
  actions: 'notes',
  reviews: 'frameworks',
  growth: 'frameworks',
};
// Contract files whose core or renderer half lives in another folder.
const FOLDER_HOME: Record<string, { core?: string; renderer?: string }> = {
  growth: { core: 'frameworks', renderer: 'frameworks' },
};

const contractFileOf = (ns: string) =>
  readdirSync(join(ROOT, 'src-main', 'contract')).find((f) =>
    readFileSync(join(ROOT, 'src-main', 'contract', f), 'utf8').includes(`'${ns}.`),
  );

describe('names across the layers', () => {
  const namespaces = [...new Set(CHANNEL_NAMES.map((c) => c.split('.')[0]!))];

  it('gives each namespace its own contract file and core folder, or says where it lives', () => {
    for (const ns of namespaces) {
      const file = contractFileOf(ns)!.replace(/\.ts$/, '');
      const home = NAMESPACE_HOME[ns] ?? ns;
      if (ns === 'growth') expect(file).toBe('growth');
      else expect(file, ns).toBe(home);
      expect(existsSync(join(ROOT, 'src-main', 'core', FOLDER_HOME[file]?.core ?? file)), ns).toBe(true);
    }
  });

  it('gives each feature with screens a renderer folder of the same name', () => {
    const files = new Set(namespaces.map((ns) => contractFileOf(ns)!.replace(/\.ts$/, '')));
    for (const file of files) {
      const folder = FOLDER_HOME[file]?.renderer ?? file;
      expect(existsSync(join(ROOT, 'src-renderer', 'src', 'features', folder)), file).toBe(true);
    }
    for (const folder of readdirSync(join(ROOT, 'src-renderer', 'src', 'features')))
      expect(existsSync(join(ROOT, 'src-main', 'core', folder)), folder).toBe(true);
  });

  it('lists every exception in docs/architecture.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    for (const ns of Object.keys(NAMESPACE_HOME)) expect(doc, ns).toContain(`\`${ns}.*\``);
  });
});
