// The period a supervisee's log is signed by, from the rule pack on their record (a week, a month or
// the whole supervision; a week when no pack says), and the last whole one before today: the days
// the exchange's reconciliation and hours packets start from.
import { localToday } from '../../../../src-main/contract/dates';
import { SIGNING_PERIOD_WORDS, signingPeriodOf } from '../../../../src-main/contract/rules';
import { periodToSign } from '../../../../src-main/contract/signing';
import { useRead } from '../../api/queries';
import { useRulePacks } from '../rules/hooks';

export function useSigningPeriod(superviseeId: string) {
  const person = useRead('supervisees.get', { id: superviseeId }).data;
  const packs = useRulePacks().data;
  if (!person || !packs) return null;
  const pack = packs.find((p) => p.id === person.rulePack) ?? null;
  const by = signingPeriodOf(pack);
  return {
    by,
    words: `${pack ? pack.name : 'No rule pack chosen'}: ${SIGNING_PERIOD_WORDS[by]}`,
    period: periodToSign(by, localToday(), person),
  };
}
