import type { HandlersFor } from '../../contract/channel-table';
import type { ruleChannels } from '../../contract/rules';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';
import { evaluateRules } from './evaluate';
import { allPacks, findPack, saveCustomPack } from './store';

export function ruleHandlers(db: () => Db): HandlersFor<typeof ruleChannels> {
  return {
    'rules.packs': () => allPacks(db()),
    'rules.saveCustom': (i) => saveCustomPack(db(), i.pack),
    'rules.evaluate': (i) => {
      const person = getSupervisee(db(), i.superviseeId);
      return evaluateRules(db(), person.id, findPack(db(), person.rulePack));
    },
  };
}
