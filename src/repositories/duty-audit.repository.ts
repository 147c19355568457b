import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import type { DutyEvidence } from '../domain/duty-evidence';
import { auditDutiesRow } from './rows/duty-audit.rows';

/** What the audit statement returns: the duties audited and the evidence of them and their parents. */
export interface DutyAuditRows {
  /** The earliest day of data of the township asked about (of all townships when none is named). */
  dataFrom: string | null;
  /** False when a township was named and no such township exists. */
  townshipFound: boolean;
  auditedIds: string[];
  evidence: DutyEvidence[];
}

export class DutyAuditRepository {
  static readonly queries = ['audit/audit-duties'] as const;

  constructor(private readonly executor: StatementRunner) {}

  /** One statement: every duty IN the township (or all townships) with its and its parent's owners on the day. */
  async auditDuties(asOf: string, township: string | null): Promise<DutyAuditRows> {
    const statement = 'audit/audit-duties';
    const row = decodeOnlyRow(statement, auditDutiesRow, await this.executor.query(statement, { asOf, township }));
    return { dataFrom: row.dataFrom, townshipFound: row.townshipFound, auditedIds: row.audited, evidence: row.evidence };
  }
}
