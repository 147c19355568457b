import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { listChangesRow } from './rows/changes.rows';
import type { NamedRef, PartyOrganizationRow, PostRef } from './station-party.repository';

export interface KindedRow extends NamedRef {
  kind: string | null;
}

/** A unit a village is UNDER: a Township or an Office. */
export interface UnitRow extends NamedRef {
  label: 'Township' | 'Office';
}

export interface LeadOwnerRow extends NamedRef {
  kind: 'OFFICE' | 'POST';
}

export interface DutyRow {
  id: string;
  title: string;
  titleEn: string | null;
  category: string | null;
}

export interface ChangeRows {
  /** The earliest day of data of the township asked about (of all townships when none is named). */
  dataFrom: string | null;
  /** False when a township was named and no such township exists. */
  townshipFound: boolean;
  officesCreated: { office: KindedRow; on: string }[];
  officesClosed: { office: KindedRow; on: string; mergedInto: KindedRow[] }[];
  postsAdded: { post: PostRef; on: string }[];
  postsCut: { post: PostRef; on: string }[];
  leadershipPostsBefore: number;
  leadershipPostsAfter: number;
  dutyOwnerChanges: { duty: DutyRow; before: LeadOwnerRow[]; after: LeadOwnerRow[] }[];
  villagesRehomed: { village: KindedRow; fromUnit: UnitRow; toUnit: UnitRow; on: string }[];
  stationPartyRelationsMoved: { station: NamedRef; fromOrganization: PartyOrganizationRow; toOrganization: PartyOrganizationRow; on: string; basis: string | null }[];
  appointments: HoldingChangeRow[];
  departures: HoldingChangeRow[];
}

/** Person HOLDS Post began (an appointment) or ended (a departure) on a day. */
export interface HoldingChangeRow {
  person: NamedRef;
  post: PostRef;
  on: string;
  acting: boolean;
}

export class ChangesRepository {
  static readonly queries = ['changes/list-changes'] as const;

  constructor(private readonly executor: StatementRunner) {}

  /** One statement: every change of the township (or every township) in the period (from, to]. */
  async listChanges(from: string, to: string, township: string | null): Promise<ChangeRows> {
    const statement = 'changes/list-changes';
    return decodeOnlyRow(statement, listChangesRow, await this.executor.query(statement, { from, to, township }));
  }
}
