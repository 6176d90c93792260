// The exchange from the command line, as a script would drive it: cards written, paired with the
// fingerprint typed back, a packet sent into a mailbox folder, looked at with --dry-run, received,
// the folder received again (nothing new), and a line reconciled.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { side, type Side } from '../helpers/exchange-pair';
import { tempDir } from '../helpers/temp-vault';

let supervisor: Side;
let supervisee: Side;
const work = tempDir('alliance-exchange-cli-');
const mailbox = join(work.path);

beforeAll(async () => {
  supervisor = await side('supervisor', 'Sable Rookwood');
  supervisee = await side('supervisee', 'Juniper Saltmarsh');
  for (const [s, minutes] of [
    [supervisor, 60],
    [supervisee, 75],
  ] as const)
    await s.call('sessions.create', {
      superviseeId: s.sup.id,
      date: '2026-10-05',
      durationMinutes: minutes,
      format: 'individual',
      modality: 'video',
    });
  supervisor.core.vault.lock();
  supervisee.core.vault.lock();
}, 60_000);
afterAll(() => {
  supervisor.dir.cleanup();
  supervisee.dir.cleanup();
  work.cleanup();
});

const cli = (s: Side, ...args: string[]) => runCli([...args, '--vault', s.dir.path]);

describe('exchange on the command line', () => {
  it('pairs, sends, previews, receives and reconciles', () => {
    const cards = { supervisor: join(work.path, 'supervisor.card'), supervisee: join(work.path, 'supervisee.card') };
    const a = cli(supervisor, 'identity', '--out', cards.supervisor);
    const b = cli(supervisee, 'identity', '--out', cards.supervisee);
    expect(a.status).toBe(0);
    const fp = (out: string) => /Fingerprint: ([A-Z2-7-]{39})/.exec(out)![1]!;
    const wrong = cli(
      supervisor,
      'pair',
      '--card',
      cards.supervisee,
      '--supervisee',
      'Juniper',
      '--fingerprint',
      fp(a.stdout),
    );
    expect(wrong.status).toBe(4);
    expect(wrong.stderr).toContain('not the one on the card');
    for (const [s, card, print] of [
      [supervisor, cards.supervisee, fp(b.stdout)],
      [supervisee, cards.supervisor, fp(a.stdout)],
    ] as const) {
      const paired = cli(s, 'pair', '--card', card, '--supervisee', 'Juniper', '--fingerprint', print);
      expect(paired.stderr).toBe('');
      expect(paired.stdout).toContain(`Paired: ${print}.`);
    }
    const sent = cli(
      supervisee,
      'send',
      '--kind',
      'hours',
      '--supervisee',
      'Juniper',
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-31',
      '--out',
      mailbox,
    );
    expect(sent.status).toBe(0);
    expect(readdirSync(mailbox).filter((n) => n.endsWith('.age'))).toHaveLength(1);
    const dry = cli(supervisor, 'receive', '--in', mailbox, '--dry-run');
    expect(dry.stdout).toContain('Would receive packet 1 (hours):');
    expect(dry.stdout).toContain('1 sessions and 0 weeks of hours');
    const period = ['--supervisee', 'Juniper', '--from', '2026-10-01', '--to', '2026-10-31'];
    expect(cli(supervisor, 'reconcile', ...period).stdout).toContain('No hours received from them');
    expect(cli(supervisor, 'receive', '--in', mailbox).stdout).toContain('1 new packet.');
    expect(cli(supervisor, 'receive', '--in', mailbox).stdout).toContain('0 new packets.');
    const lines = cli(supervisor, 'reconcile', ...period);
    expect(lines.stdout).toContain('session|2026-10-05|individual|1\tdiffers\t60 min\t75 min\topen');
    expect(lines.stdout).toContain('1 open of 1 lines.');
    const accepted = cli(supervisor, 'reconcile', ...period, '--accept', 'session|2026-10-05|individual|1');
    expect(accepted.stdout).toContain('0 open of 1 lines.');
    expect(accepted.stdout).toContain('matched\t75 min\t75 min');
  }, 240_000);
});
