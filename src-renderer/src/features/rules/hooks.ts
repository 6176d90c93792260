import { useRead } from '../../api/queries';

export const useRulePacks = () => useRead('rules.packs', {});
