// What a feature lends the exchange engine: one kind of packet each, carrying that feature's
// records. The engine seals, signs, checks the chain and keeps every packet; the kind says what its
// records are, who sends them, what they would change, and writes what the recipient keeps.
import type { z } from 'zod';
import { KINDS, type PacketKind, type VaultRole } from '../../contract/exchange';
import type { Db } from '../../db/vault';

export interface Period {
  from: string;
  to: string;
}

export interface ExchangeKind<S extends z.ZodType = z.ZodType> {
  kind: PacketKind;
  // Whose vault sends it (from the contract's KINDS).
  sentBy: VaultRole;
  // In the words the app shows: "hours for 1–30 June".
  label: string;
  needsPeriod: boolean;
  records: S;
  // The records to send about the supervision `superviseeId` stands for in the sender's vault.
  build: (db: Db, superviseeId: string, period: Period | null) => z.output<S>;
  // What it holds, one plain line each, from its records alone: shown when it is opened and in the
  // list of what was received.
  preview: (records: z.output<S>, period: Period | null) => string[];
  // Lines added when it is opened, before anything is written: what it would change in this vault.
  onOpening?: (db: Db, superviseeId: string, records: z.output<S>) => string[];
  // Checks against the recipient's vault that must hold; throws an AppError and writes nothing.
  check?: (db: Db, superviseeId: string, records: z.output<S>, period: Period | null) => void;
  // Writes beyond keeping the packet itself, inside the transaction that records it as received.
  apply?: (db: Db, superviseeId: string, records: z.output<S>, period: Period | null) => void;
}

// Who sends it and whether it covers a period come from the contract's table of kinds.
export const defineExchangeKind = <S extends z.ZodType>(k: Omit<ExchangeKind<S>, 'sentBy' | 'needsPeriod'>) =>
  ({ ...k, sentBy: KINDS[k.kind].sentBy, needsPeriod: KINDS[k.kind].period }) as unknown as ExchangeKind;
