// The archive engine over the sample vault: every feature lends its part, one supervisee's archive
// holds nothing of anyone else's, the page's CSP allows exactly its own two scripts, no record's text
// is in the file, and a second implementation of the format (Node's crypto here, WebCrypto in the
// page, test/e2e/archive.spec.ts) opens it with the passphrase, the recovery key or a chosen one.
import { createDecipheriv, createHash, hkdfSync } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveContent, type ArchiveContent } from '../../src-main/core/archive/archive-content';
import type { ArchiveSection } from '../../src-main/core/archive/archive-part';
import type { ArchiveHead, ArchiveSlot } from '../../src-main/core/archive/seal';
import { archiveFile } from '../../src-main/core/archive/workflows';
import { FEATURES } from '../../src-main/core/features';
import { listSupervisees } from '../../src-main/core/supervisees/supervisees';
import type { AppCore } from '../../src-main/core/app/app-core';
import { deriveArgon2id } from '../../src-main/db/kdf';
import { parseRecoveryKey, recoveryWrappingKey } from '../../src-main/db/recovery-key';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let recoveryKey: string;

beforeAll(async () => {
  dir = tempDir();
  core = newCore(`${dir.path}/vault`);
  recoveryKey = (
    unwrap(
      await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, { trusted: true }),
    ) as { recoveryKey: string }
  ).recoveryKey;
}, 60_000);
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

const b64 = (s: string) => Buffer.from(s, 'base64');
function aesOpen(key: Buffer, iv: string, data: Buffer, aad: string): Buffer {
  const d = createDecipheriv('aes-256-gcm', key, b64(iv));
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([d.update(data.subarray(0, data.length - 16)), d.final()]);
}
const keyFileWrap = (w: { iv: string; tag: string; data: string }, key: Buffer, slot: string) =>
  aesOpen(key, w.iv, Buffer.concat([b64(w.data), b64(w.tag)]), `alliance-vault-keys/v1/${slot}`);
const viaDataKey = (dataKey: Buffer, slot: Extract<ArchiveSlot, { hkdfSalt: string }>) =>
  aesOpen(
    Buffer.from(hkdfSync('sha256', dataKey, b64(slot.hkdfSalt), 'alliance archive key v1', 32)),
    slot.wrap.iv,
    b64(slot.wrap.data),
    `alliance-archive/v1/${slot.kind}`,
  );

// The page's steps, in Node: a slot gives the content key, the key opens the body.
async function openArchive(html: string, secret: string): Promise<ArchiveContent> {
  const head = JSON.parse(
    /<script type="application\/json" id="archive-head">(.*?)<\/script>/s.exec(html)![1]!,
  ) as ArchiveHead;
  const lines = /<script type="application\/octet-stream" id="archive-body">(.*?)<\/script>/s
    .exec(html)![1]!
    .split('\n')
    .filter((l) => l.trim());
  for (const slot of head.slots) {
    let key: Buffer;
    try {
      if (slot.kind === 'passphrase')
        key = aesOpen(
          await deriveArgon2id(secret, slot.kdf),
          slot.wrap.iv,
          b64(slot.wrap.data),
          'alliance-archive/v1/passphrase',
        );
      else if (slot.kind === 'vault-passphrase')
        key = viaDataKey(keyFileWrap(slot.vaultWrap, await deriveArgon2id(secret, slot.kdf), 'passphrase'), slot);
      else
        key = viaDataKey(
          keyFileWrap(
            slot.vaultWrap,
            recoveryWrappingKey(parseRecoveryKey(secret), b64(slot.recoverySalt)),
            'recovery',
          ),
          slot,
        );
    } catch {
      continue;
    }
    const piece = (i: number) => {
      const [iv, data] = lines[i]!.split('.') as [string, string];
      return JSON.parse(gunzipSync(aesOpen(key, iv, b64(data), `alliance-archive/v1/piece/${i}`)).toString('utf8'));
    };
    // The front, the pieces of each supervisee's sections, then the count (core/archive/pieces.ts).
    const front = piece(0) as Omit<ArchiveContent, 'people'> & { people: number };
    expect(piece(lines.length - 1)).toEqual({ end: lines.length - 1 });
    const people: ArchiveContent['people'] = [];
    for (let i = 1; i < lines.length - 1; i++) {
      const part = piece(i) as { p: number; name: string; k: number; section: ArchiveSection | null };
      const person = (people[part.p] ??= { name: part.name, sections: [] });
      if (!part.section) continue;
      const had = person.sections[part.k];
      if (!had) person.sections[part.k] = part.section;
      else if (had.kind === 'table' && part.section.kind === 'table') had.rows.push(...part.section.rows);
      else if (had.kind === 'records' && part.section.kind === 'records') had.items.push(...part.section.items);
    }
    expect(people).toHaveLength(front.people);
    return { ...front, people };
  }
  throw new Error('no slot opens it');
}

describe('the archive', () => {
  it('has a part from every feature', () => {
    for (const f of FEATURES) expect(f.archive, f.name).toBeDefined();
  });

  it('holds every supervisee and the supervisor’s records, or one supervisee and nothing of anyone else', () => {
    const db = core.vault.db();
    const people = listSupervisees(db, { search: '', status: 'any', archived: 'include' });
    const all = archiveContent(db, null);
    expect(all.people.map((p) => p.name).sort()).toEqual(people.map((p) => p.fullName).sort());
    expect(all.vault.map((s) => s.title)).toContain('Your licences');
    const one = archiveContent(db, people[0]!.id);
    expect(one.people.map((p) => p.name)).toEqual([people[0]!.fullName]);
    expect(one.vault).toEqual([]);
    const text = JSON.stringify(one);
    for (const other of people.slice(1)) expect(text.includes(other.fullName), other.fullName).toBe(false);
    const titles = one.people[0]!.sections.map((s) => s.title);
    for (const t of ['Supervisee', 'Week by week', 'Signed periods', 'Case-consultation notes', 'Reflections'])
      expect(titles).toContain(t);
    expect(titles.some((t) => t.startsWith('Review of '))).toBe(true);
  });

  it('is a page whose CSP allows only its own scripts and style, with no record in plaintext', async () => {
    const db = core.vault.db();
    const person = listSupervisees(db, { search: '', status: 'any', archived: 'include' })[0]!;
    const { html } = await archiveFile(core.vault.openVault(), {
      superviseeId: person.id,
      opensWith: 'vault',
      passphrase: null,
    });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'none'");
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const s of scripts)
      expect(csp).toContain(`'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
    expect(csp).not.toContain('unsafe-inline');
    // The archive holds this supervisee's notes; none of their words is in the file as written.
    const content = archiveContent(db, person.id);
    const texts = content.people[0]!.sections.flatMap((s) =>
      s.kind === 'table' ? s.rows.flat() : s.items.flatMap((i) => i.fields.map((f) => f[1])),
    );
    const canaries = [person.fullName, ...texts.filter((t) => t.length >= 20)];
    expect(canaries.length).toBeGreaterThan(10);
    for (const c of canaries) expect(html.includes(c), c).toBe(false);
  });

  it('opens with the vault passphrase or the recovery key, or with the passphrase chosen for a hand-over', async () => {
    const db = core.vault.db();
    const person = listSupervisees(db, { search: '', status: 'any', archived: 'include' })[1]!;
    const own = await archiveFile(core.vault.openVault(), {
      superviseeId: person.id,
      opensWith: 'vault',
      passphrase: null,
    });
    const byPassphrase = await openArchive(own.html, PASSPHRASE);
    expect(byPassphrase.title).toBe(person.fullName);
    expect(byPassphrase.people).toEqual(archiveContent(db, person.id).people);
    expect((await openArchive(own.html, recoveryKey)).title).toBe(person.fullName);
    await expect(openArchive(own.html, 'not-the-passphrase')).rejects.toThrow('no slot opens it');

    const handOver = await archiveFile(core.vault.openVault(), {
      superviseeId: person.id,
      opensWith: 'passphrase',
      passphrase: 'marigold-anvil-tether-40',
    });
    expect((await openArchive(handOver.html, 'marigold-anvil-tether-40')).title).toBe(person.fullName);
    // The hand-over carries nothing of the vault's keys: the vault's secrets do not open it.
    await expect(openArchive(handOver.html, PASSPHRASE)).rejects.toThrow('no slot opens it');
    await expect(openArchive(handOver.html, recoveryKey)).rejects.toThrow('no slot opens it');
    const head = JSON.parse(/id="archive-head">(.*?)<\/script>/s.exec(handOver.html)![1]!) as ArchiveHead;
    expect(head.slots.map((x) => x.kind)).toEqual(['passphrase']);
  });

  it('cannot be cut short or reordered without it showing', async () => {
    const all = await archiveFile(core.vault.openVault(), { superviseeId: null, opensWith: 'vault', passphrase: null });
    expect((await openArchive(all.html, PASSPHRASE)).people.length).toBe(all.people);
    const [start, rest] = all.html.split('id="archive-body">\n') as [string, string];
    const [body, end] = rest.split('</script>') as [string, string];
    const lines = body.split('\n').filter(Boolean);
    const rebuilt = (l: string[]) =>
      `${start}id="archive-body">\n${l.join('\n')}\n</script>${rest.slice(body.length + 9)}`;
    expect(end).toBeDefined();
    await expect(openArchive(rebuilt(lines.slice(0, -1)), PASSPHRASE)).rejects.toThrow();
    await expect(
      openArchive(rebuilt([lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)]), PASSPHRASE),
    ).rejects.toThrow();
  });

  it('refuses a hand-over without a passphrase of its own', async () => {
    const r = await core.registry.invoke(
      'archive.export',
      { superviseeId: null, opensWith: 'passphrase', passphrase: null },
      { trusted: true },
    );
    expect(r.ok || r.error.issues?.[0]?.message).toBe('Choose a passphrase for the archive, at least 12 characters.');
  });
});
