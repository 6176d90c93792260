// The period a supervisee's log is signed by, from the rule pack on their record (a week, a month or
// the whole supervision; a week when no pack says), and the last whole one before today: the days
// the exchange's reconciliation and hours packets start from.
import { localToday } from '../../../../src-main/contract/dates';
import { SIGNING_PERIOD_WORDS, signingPeriodOf } from '../../../../src-main/contract/rules';
import { periodToSign } from '../../../../src-main/contract/signing';
import { useState } from 'react';
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

// Days for a form: the last whole signing period until the person types other days.
export function useDaysBySigning(superviseeId: string) {
  const signing = useSigningPeriod(superviseeId);
  const [typed, setTyped] = useState<{ from?: string; to?: string }>({});
  return {
    signing,
    from: typed.from ?? signing?.period.from ?? '',
    to: typed.to ?? signing?.period.to ?? '',
    setFrom: (v: string) => setTyped((t) => ({ ...t, from: v })),
    setTo: (v: string) => setTyped((t) => ({ ...t, to: v })),
  };
}
