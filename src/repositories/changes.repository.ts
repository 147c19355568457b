import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { listChangesRow } from './rows/changes.rows';
import type { NamedRow, PartyOrganizationRow, PostRow } from './station-party.repository';

export interface KindedRow extends NamedRow {
  kind: string | null;
}

/** A unit a village is UNDER: a Township or an Office. */
export interface UnitRow extends NamedRow {
  label: 'Township' | 'Office';
}

export interface LeadOwnerRow extends NamedRow {
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
  postsAdded: { post: PostRow; on: string }[];
  postsCut: { post: PostRow; on: string }[];
  leadershipPostsBefore: number;
  leadershipPostsAfter: number;
  dutyOwnerChanges: { duty: DutyRow; before: LeadOwnerRow[]; after: LeadOwnerRow[] }[];
  villagesRehomed: { village: KindedRow; fromUnit: UnitRow; toUnit: UnitRow; on: string }[];
  stationPartyRelationsMoved: { station: NamedRow; fromOrganization: PartyOrganizationRow; toOrganization: PartyOrganizationRow; on: string; basis: string | null }[];
  appointments: HoldingChangeRow[];
  departures: HoldingChangeRow[];
}

/** Person HOLDS Post began (an appointment) or ended (a departure) on a day. */
export interface HoldingChangeRow {
  person: NamedRow;
  post: PostRow;
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
