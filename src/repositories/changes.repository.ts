import type { StatementRunner } from '../db/executor';
import {
  list,
  NamedRow,
  namedRow,
  optionalString,
  partyOrganizationRow,
  PartyOrganizationRow,
  postRow,
  PostRow,
  record,
} from './station-party.repository';

type Raw = Record<string, unknown>;

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
    const [row] = await this.executor.query('changes/list-changes', { from, to, township });
    if (!row) throw new Error('changes/list-changes returned no row');
    return {
      dataFrom: optionalString(row.dataFrom),
      townshipFound: row.townshipFound === true,
      officesCreated: list(row.officesCreated).map((raw) => ({ office: kindedRow(raw.office), on: String(raw.on) })),
      officesClosed: list(row.officesClosed).map((raw) => ({
        office: kindedRow(raw.office),
        on: String(raw.on),
        mergedInto: list(raw.mergedInto).map(kindedRow),
      })),
      postsAdded: list(row.postsAdded).map(postChangeRow),
      postsCut: list(row.postsCut).map(postChangeRow),
      leadershipPostsBefore: Number(row.leadershipPostsBefore ?? 0),
      leadershipPostsAfter: Number(row.leadershipPostsAfter ?? 0),
      dutyOwnerChanges: list(row.dutyOwnerChanges).map((raw) => ({
        duty: dutyRow(record(raw.duty) ?? {}),
        before: list(raw.before).map(leadOwnerRow),
        after: list(raw.after).map(leadOwnerRow),
      })),
      villagesRehomed: list(row.villagesRehomed).map((raw) => ({
        village: kindedRow(raw.village),
        fromUnit: unitRow(raw.fromUnit),
        toUnit: unitRow(raw.toUnit),
        on: String(raw.on),
      })),
      stationPartyRelationsMoved: list(row.stationPartyRelationsMoved).map((raw) => ({
        station: namedRow(record(raw.station) ?? {}),
        fromOrganization: partyOrganizationRow(record(raw.fromOrganization) ?? {}),
        toOrganization: partyOrganizationRow(record(raw.toOrganization) ?? {}),
        on: String(raw.on),
        basis: optionalString(raw.basis),
      })),
      appointments: list(row.appointments).map(holdingChangeRow),
      departures: list(row.departures).map(holdingChangeRow),
    };
  }
}

function kindedRow(value: unknown): KindedRow {
  const raw = record(value) ?? {};
  return { ...namedRow(raw), kind: optionalString(raw.kind) };
}

function unitRow(value: unknown): UnitRow {
  const raw = record(value) ?? {};
  return { ...namedRow(raw), label: raw.label === 'Township' ? 'Township' : 'Office' };
}

function leadOwnerRow(raw: Raw): LeadOwnerRow {
  return { ...namedRow(raw), kind: raw.kind === 'OFFICE' ? 'OFFICE' : 'POST' };
}

function dutyRow(raw: Raw): DutyRow {
  return { id: String(raw.id), title: String(raw.title ?? raw.id), titleEn: optionalString(raw.titleEn), category: optionalString(raw.category) };
}

function postChangeRow(raw: Raw): { post: PostRow; on: string } {
  return { post: postRow(record(raw.post) ?? {}), on: String(raw.on) };
}

function holdingChangeRow(raw: Raw): HoldingChangeRow {
  return { person: namedRow(record(raw.person) ?? {}), post: postRow(record(raw.post) ?? {}), on: String(raw.on), acting: raw.acting === true };
}
