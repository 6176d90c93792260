// The exchange on the command line (docs/exchange.md): identity, pair, send, receive, reconcile.
// Every step the app offers, for scripts and tests; nothing clinical is printed to stderr.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_CARD_BYTES, PACKET_KINDS, VAULT_ROLES, type PacketKind, type Resolution } from '../contract/exchange';
import { cardText, createIdentity, groupedFingerprint, parseCard, readIdentity } from '../core/exchange/identity';
import { PacketRefused, receivePacket, sendPacket, writePacketFile } from '../core/exchange/packets';
import { pair } from '../core/exchange/peers';
import { reconcile, resolveLine } from '../core/sessions/reconcile';
import { resolveSupervisee, withVault, type Io } from './commands';
import { EXIT } from './exit-codes';
import { UsageError } from './prompt';

export async function cmdIdentity(
  io: Io,
  dir: string,
  opts: { create: boolean; name?: string; role?: string; out?: string },
): Promise<number> {
  return withVault(dir, async (v) => {
    let own = readIdentity(v.db);
    if (!own && !opts.create)
      throw new UsageError('This vault has no identity yet: add --create --name NAME --role ROLE.');
    if (!own) {
      if (!opts.name?.trim()) throw new UsageError('--name is the name the other person will see on your card.');
      if (!VAULT_ROLES.includes(opts.role as never)) throw new UsageError('--role is supervisor or supervisee.');
      own = await createIdentity(v.db, opts.name.trim().slice(0, 120), opts.role as (typeof VAULT_ROLES)[number]);
    }
    io.out(`Fingerprint: ${groupedFingerprint(own.fingerprint)}`);
    if (opts.out) {
      writeFileSync(opts.out, cardText(own));
      io.out(
        `Wrote the identity card to ${opts.out}. Give it to the other person; read the fingerprint aloud together.`,
      );
    }
    return EXIT.ok;
  });
}

export async function cmdPair(
  io: Io,
  dir: string,
  opts: { card: string; supervisee: string; fingerprint: string; confirmChange: boolean },
): Promise<number> {
  const st = statSync(opts.card);
  if (!st.isFile() || st.size > MAX_CARD_BYTES) throw new UsageError('--card takes an identity card file.');
  const card = parseCard(readFileSync(opts.card));
  return withVault(dir, (v) => {
    const superviseeId = resolveSupervisee(v.db, opts.supervisee);
    const { changed } = pair(v.db, {
      card,
      superviseeId,
      typedFingerprint: opts.fingerprint,
      confirmChange: opts.confirmChange,
    });
    io.out(`${changed ? 'Paired again, with the new keys' : 'Paired'}: ${groupedFingerprint(card.fingerprintValue)}.`);
    return EXIT.ok;
  });
}

export async function cmdSend(
  io: Io,
  dir: string,
  opts: { kind: string; supervisee: string; from?: string; to?: string; out: string },
): Promise<number> {
  if (!PACKET_KINDS.includes(opts.kind as PacketKind))
    throw new UsageError(`--kind is one of ${PACKET_KINDS.join(', ')}.`);
  if (!statSync(opts.out, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError('--out takes a folder: the mailbox the packet is written into.');
  const period = opts.from && opts.to ? { from: opts.from, to: opts.to } : null;
  return withVault(dir, async (v) => {
    const superviseeId = resolveSupervisee(v.db, opts.supervisee);
    const sealed = await sendPacket(v.db, { superviseeId, kind: opts.kind as PacketKind, period }, (p) =>
      writePacketFile(join(opts.out, p.fileName), p.bytes),
    );
    io.out(`Wrote packet ${sealed.payload.seq} (${opts.kind}) to ${join(opts.out, sealed.fileName)}.`);
    return EXIT.ok;
  });
}

// A file, or every packet in a mailbox folder in the order they were sent. In a folder, packets
// for someone else (this vault's own outgoing ones) and those already received are passed over.
export async function cmdReceive(io: Io, dir: string, opts: { in: string; dryRun: boolean }): Promise<number> {
  const st = statSync(opts.in);
  const folder = st.isDirectory();
  const files = folder
    ? readdirSync(opts.in)
        .filter((n) => n.endsWith('.age'))
        .sort()
        .map((n) => join(opts.in, n))
    : [opts.in];
  return withVault(dir, async (v) => {
    let received = 0;
    let refused = 0;
    for (const file of files) {
      try {
        const opened = await receivePacket(v.db, readFileSync(file), { dryRun: opts.dryRun });
        received += 1;
        io.out(`${opts.dryRun ? 'Would receive' : 'Received'} packet ${opened.payload.seq} (${opened.payload.kind}):`);
        for (const line of opened.preview) io.out(`  ${line}`);
      } catch (e) {
        if (folder && e instanceof PacketRefused && (e.reason === 'not_for_you' || e.reason === 'replayed')) continue;
        if (!folder) throw e;
        refused += 1;
        io.err(`${file}: ${e instanceof Error && 'code' in e ? e.message : 'could not be read.'}`);
      }
    }
    if (folder) io.out(`${received} new packet${received === 1 ? '' : 's'}${refused ? `, ${refused} refused` : ''}.`);
    return refused ? EXIT.invalidInput : EXIT.ok;
  });
}

const STATE_WORDS = { matched: 'matched', only_mine: 'only mine', only_theirs: 'only theirs', conflicting: 'differs' };
const show = (x: unknown) =>
  x === null
    ? '-'
    : 'hours' in (x as object)
      ? `${(x as { hours: number }).hours} h`
      : `${(x as { durationMinutes: number }).durationMinutes} min`;

export async function cmdReconcile(
  io: Io,
  dir: string,
  opts: {
    supervisee: string;
    from: string;
    to: string;
    action?: { resolution: Resolution; key: string; note: string };
  },
): Promise<number> {
  return withVault(dir, (v) => {
    const superviseeId = resolveSupervisee(v.db, opts.supervisee);
    const period = { from: opts.from, to: opts.to };
    if (opts.action) resolveLine(v.db, superviseeId, period, opts.action.key, opts.action.resolution, opts.action.note);
    const r = reconcile(v.db, superviseeId, period);
    if (!r.received) {
      io.out('No hours received from them for this period yet.');
      return EXIT.ok;
    }
    io.out(['line', 'state', 'mine', 'theirs', 'decision', 'what'].join('\t'));
    for (const l of r.lines)
      io.out(
        [
          l.key,
          STATE_WORDS[l.state],
          show(l.mine),
          show(l.theirs),
          l.resolution?.action ?? (l.open ? 'open' : '-'),
          l.label,
        ].join('\t'),
      );
    io.out(`${r.open} open of ${r.lines.length} lines.`);
    return EXIT.ok;
  });
}
