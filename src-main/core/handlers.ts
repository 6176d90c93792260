// Channel -> service. The type forces one handler per channel in the contract; the registry
// validates input before, and output after, each of these runs.
import type { ChannelName } from '../contract/channel-names';
import { invalid, issue } from '../contract/errors';
import type { AppDb } from '../db/vault';
import type { ChannelOutput, ChannelParsedInput } from '../contract/channels';
import { appendAudit, exportAudit, listAudit, verifyAudit } from './audit';
import type { BackupService } from './backup-service';
import { saveFile, type FilePort } from './file-port';
import { localToday, rangeFor } from './dates';
import { sessionsCsv, weeklyCsv } from './hours-csv';
import { weeklyLogPdf } from './hours-pdf';
import { hoursSummary } from './hours-summary';
import { createSession, lastSession, listSessions, logWeek, setSessionDeleted, updateSession } from './sessions';
import { readSettings, writeSettings } from './settings';
import { evaluateRules } from './rule-packs/evaluate';
import { allPacks, findPack, saveCustomPack } from './rule-packs/store';
import { listPeriods, reopenPeriod, signPeriod } from './signing';
import {
  createSupervisee,
  deleteSupervisee,
  getSupervisee,
  listSupervisees,
  setArchived,
  updateSupervisee,
} from './supervisees';
import type { VaultSession } from './vault-session';

export type Handler<N extends ChannelName> = (
  input: ChannelParsedInput<N>,
) => ChannelOutput<N> | Promise<ChannelOutput<N>>;
export type Handlers = { [N in ChannelName]: Handler<N> };

const DONE = { done: true } as const;

function checkRulePack(db: AppDb, id: string | null | undefined): void {
  if (id && !findPack(db, id)) throw invalid(issue('rulePack', 'There is no rule pack with that id.'));
}

export function createHandlers(vault: VaultSession, files: FilePort, backups: BackupService): Handlers {
  return {
    'vault.status': () => vault.status(),
    'vault.create': (i) => vault.create(i.passphrase, i.sampleData),
    'vault.unlock': (i) => vault.unlock(i.passphrase),
    'vault.recover': (i) => vault.recover(i.recoveryKey, i.newPassphrase),
    'vault.lock': (i) => vault.lock(i.reason),
    'vault.changePassphrase': async (i) => {
      await vault.changePassphrase(i.current, i.next);
      return DONE;
    },
    'supervisees.list': (i) => listSupervisees(vault.db(), i),
    'supervisees.get': (i) => getSupervisee(vault.db(), i.id),
    'supervisees.create': (i) => {
      checkRulePack(vault.db(), i.rulePack);
      return createSupervisee(vault.db(), i);
    },
    'supervisees.update': (i) => {
      checkRulePack(vault.db(), i.patch.rulePack);
      return updateSupervisee(vault.db(), i.id, i.patch);
    },
    'supervisees.archive': (i) => setArchived(vault.db(), i.id, true),
    'supervisees.restore': (i) => setArchived(vault.db(), i.id, false),
    'supervisees.delete': (i) => {
      deleteSupervisee(vault.db(), i.id, i.confirmName);
      return DONE;
    },
    'settings.get': () => readSettings(vault.db()),
    'settings.update': (i) => writeSettings(vault.db(), i),
    'audit.list': (i) => {
      const { events, total } = listAudit(vault.db(), i);
      return {
        total,
        events: events.map((e) => ({ seq: e.seq, at: e.at, kind: e.kind, hash: e.hash, detail: JSON.parse(e.detail) })),
      };
    },
    'audit.verify': () => verifyAudit(vault.db()),
    'audit.export': async () => {
      const doc = exportAudit(vault.db());
      const saved = await saveFile(files, `alliance-audit-${doc.exportedAt.slice(0, 10)}.json`, (write) =>
        write(`${JSON.stringify(doc, null, 2)}\n`),
      );
      if (saved) appendAudit(vault.db(), 'exported', { what: 'audit_trail', events: doc.events.length });
      return { path: saved?.path ?? null };
    },
    'sessions.list': (i) => listSessions(vault.db(), i),
    'sessions.last': (i) => lastSession(vault.db(), i.superviseeId),
    'sessions.create': (i) => createSession(vault.db(), i),
    'sessions.update': (i) => updateSession(vault.db(), i.id, i.patch),
    'sessions.delete': (i) => ({ id: setSessionDeleted(vault.db(), i.id, true).id }),
    'sessions.restore': (i) => setSessionDeleted(vault.db(), i.id, false),
    'hours.logWeek': (i) => logWeek(vault.db(), i),
    'hours.summary': (i) => {
      getSupervisee(vault.db(), i.superviseeId);
      const { from, to } = rangeFor(i.period, localToday());
      return hoursSummary(vault.db(), i.superviseeId, from, to);
    },
    'hours.exportCsv': async (i) => {
      if (i.superviseeId !== 'all') getSupervisee(vault.db(), i.superviseeId);
      const saved = await saveFile(files, `alliance-hours-${i.layout}-${i.from}-to-${i.to}.csv`, (write) => {
        // The vault is asked for again after the dialog: it may have locked while the dialog was open.
        const db = vault.db();
        const people =
          i.superviseeId === 'all'
            ? listSupervisees(db, { search: '', status: 'any', archived: 'include' })
            : [getSupervisee(db, i.superviseeId)];
        return (i.layout === 'sessions' ? sessionsCsv : weeklyCsv)(db, people, i.from, i.to, write);
      });
      if (saved) appendAudit(vault.db(), 'exported', { what: `hours_${i.layout}_csv`, rows: saved.result });
      return { path: saved?.path ?? null };
    },
    'hours.exportPdf': async (i) => {
      const db = vault.db();
      const pdf = await weeklyLogPdf(db, getSupervisee(db, i.superviseeId), i.from, i.to);
      const saved = await saveFile(files, `alliance-weekly-log-${i.from}-to-${i.to}.pdf`, (write) => write(pdf));
      if (saved) appendAudit(vault.db(), 'exported', { what: 'hours_weekly_pdf', bytes: pdf.length });
      return { path: saved?.path ?? null };
    },
    'periods.list': (i) => {
      getSupervisee(vault.db(), i.superviseeId);
      return listPeriods(vault.db(), i.superviseeId);
    },
    'periods.sign': (i) => signPeriod(vault.db(), i),
    'periods.reopen': (i) => reopenPeriod(vault.db(), i.id, i.reason),
    'rules.packs': () => allPacks(vault.db()),
    'rules.saveCustom': (i) => saveCustomPack(vault.db(), i.pack),
    'rules.evaluate': (i) => {
      const person = getSupervisee(vault.db(), i.superviseeId);
      return evaluateRules(vault.db(), person.id, findPack(vault.db(), person.rulePack));
    },
    'backup.status': () => backups.status(),
    'backup.chooseFolder': () => backups.chooseFolder(),
    'backup.now': () => {
      const { name, createdAt, bytes } = backups.now();
      return { name, createdAt, bytes };
    },
    'backup.pick': () => backups.pick(),
    'backup.restore': (i) => backups.restore(i.token, i.passphrase),
  };
}
