import type { HandlersFor } from '../../contract/channel-table';
import type { ruleChannels } from '../../contract/rules';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';
import { evaluateRules } from './evaluate';
import { forecastLicence } from './forecast';
import { hoursSummary } from '../hours/hours-summary';
import { localToday } from '../../contract/dates';
import { allPacks, findPack, saveCustomPack } from './store';

export function ruleHandlers(db: () => Db): HandlersFor<typeof ruleChannels> {
  return {
    'rules.packs': () => allPacks(db()),
    'rules.saveCustom': (i) => saveCustomPack(db(), i.pack),
    'rules.forecast': (i) => {
      const person = getSupervisee(db(), i.superviseeId);
      return forecastLicence({
        pack: findPack(db(), person.rulePack),
        summary: hoursSummary(db(), person.id, null, null),
        today: i.today ?? localToday(),
        supervisionStart: person.supervisionStart,
        directPerWeek: i.directPerWeek,
      });
    },
    'rules.evaluate': (i) => {
      const person = getSupervisee(db(), i.superviseeId);
      return evaluateRules(db(), person.id, findPack(db(), person.rulePack));
    },
  };
}
