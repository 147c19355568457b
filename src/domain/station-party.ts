import { validOn } from './period';
import type { NamedRef, PostRef } from './refs';

/**
 * The party relation of a grassroots station on a day, its head, and what is out of line with them:
 * the facts the station-party statement loads (`StationRow`), the rules over them, and the answer's
 * view of a station. Pure: no I/O (services/station-party.service.ts loads, repositories decode).
 */

// ---- the facts ---------------------------------------------------------------------------------------

export interface PartyOrganizationRow extends NamedRef {
  /** TOWN_COMMITTEE, BRANCH, DEPARTMENT_COMMITTEE or HIGHER_LEVEL. */
  kind: string | null;
  /** The township the organisation is IN (the town committee and its branches name one). */
  townshipId: string | null;
}

/** Station PARTY_RELATION PartyOrganization. */
export interface PartyRelationRow {
  organization: PartyOrganizationRow;
  from: string;
  to: string | null;
  basis: string | null;
  exemption: string | null;
}

/** Person HOLDS a STATION_HEAD post of the station, on the day asked about. */
export interface StationHeadRow {
  person: NamedRef;
  post: PostRef;
  from: string;
  to: string | null;
  acting: boolean;
  /** The town's opinion was sought (null: not recorded). */
  townConsulted: boolean | null;
}

export interface StationRow {
  station: NamedRef;
  /** The township the station is LOCATED_IN on the day. */
  township: NamedRef;
  department: NamedRef | null;
  /** Every PARTY_RELATION edge of the station, by from. */
  relations: PartyRelationRow[];
  /** Holdings of its STATION_HEAD posts on the day, latest first. */
  heads: StationHeadRow[];
}

// ---- the flags and the views ---------------------------------------------------------------------------

/**
 * What is out of line with a station's party relation on a day (the rules are `stationFlags`):
 * - OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION: its party relation sits outside the town party committee
 *   of its township and no higher-level provision exempting it is recorded;
 * - HEAD_APPOINTED_WITHOUT_CONSULTATION: the current station head was appointed without the town's opinion
 *   (the report: a city department appointing a station head must solicit the town's opinion);
 * - NO_PARTY_RELATION: the station has no party relation at all on the day.
 */
export const STATION_FLAGS = ['OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION', 'HEAD_APPOINTED_WITHOUT_CONSULTATION', 'NO_PARTY_RELATION'] as const;
export type StationFlag = (typeof STATION_FLAGS)[number];

export const TOWN_COMMITTEE = 'TOWN_COMMITTEE';

export interface PartyOrganizationView extends NamedRef {
  kind: string | null;
}

export interface PartyRelationPeriodView {
  organization: PartyOrganizationView;
  from: string;
  to: string | null;
  basis: string | null;
  exemption: string | null;
  insideTownCommittee: boolean;
}

export interface StationPartyRelationView {
  station: NamedRef;
  township: NamedRef;
  department: NamedRef | null;
  organization: PartyOrganizationView | null;
  from: string | null;
  basis: string | null;
  exemption: string | null;
  insideTownCommittee: boolean;
  history: PartyRelationPeriodView[];
  /** The current head (currentHead), as its row has it. */
  head: StationHeadRow | null;
  flags: StationFlag[];
}

// ---- the rules ---------------------------------------------------------------------------------------

/** The party relation valid on the day; of several (bad data), the one that started last. */
export function relationOn(relations: readonly PartyRelationRow[], day: string): PartyRelationRow | null {
  const valid = relations.filter((relation) => validOn(relation, day));
  return valid.reduce<PartyRelationRow | null>((latest, relation) => (latest === null || relation.from > latest.from ? relation : latest), null);
}

/** The organisation is the town party committee (kind TOWN_COMMITTEE) of the station's own township. */
export function isInsideTownCommittee(organization: { kind: string | null; townshipId: string | null }, stationTownshipId: string): boolean {
  return organization.kind === TOWN_COMMITTEE && organization.townshipId === stationTownshipId;
}

/** The station head: a substantive holder before an acting one; of equals, the latest appointed. */
export function currentHead(heads: readonly StationHeadRow[]): StationHeadRow | null {
  const byPreference = [...heads].sort((a, b) => Number(a.acting) - Number(b.acting) || b.from.localeCompare(a.from) || a.person.id.localeCompare(b.person.id));
  return byPreference[0] ?? null;
}

/** An exemption counts when it says something. */
export function hasExemption(exemption: string | null | undefined): boolean {
  return typeof exemption === 'string' && exemption.trim().length > 0;
}

export interface StationFlagInput {
  /** The party relation on the day, or null when there is none. */
  relation: { insideTownCommittee: boolean; exemption: string | null } | null;
  /** The current head, or null when nobody holds the station-head post. */
  head: { townConsulted: boolean | null } | null;
}

/**
 * The flags of one station on a day, in STATION_FLAGS order. A head whose consultation is not
 * recorded (null) is not flagged: only a recorded "not consulted" is.
 */
export function stationFlags({ relation, head }: StationFlagInput): StationFlag[] {
  const flags: StationFlag[] = [];
  if (relation && !relation.insideTownCommittee && !hasExemption(relation.exemption)) flags.push('OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION');
  if (head && head.townConsulted === false) flags.push('HEAD_APPOINTED_WITHOUT_CONSULTATION');
  if (!relation) flags.push('NO_PARTY_RELATION');
  return flags;
}

// ---- rows → views ----------------------------------------------------------------------------------

function periodView(relation: PartyRelationRow, stationTownshipId: string): PartyRelationPeriodView {
  const { id, name, nameEn, kind } = relation.organization;
  return {
    organization: { id, name, nameEn, kind },
    from: relation.from,
    to: relation.to,
    basis: relation.basis,
    exemption: relation.exemption,
    insideTownCommittee: isInsideTownCommittee(relation.organization, stationTownshipId),
  };
}

/** A station on a day as the answer shows it: its relation on the day, its history, its head and its flags. */
export function stationView(row: StationRow, asOf: string): StationPartyRelationView {
  const history = row.relations.map((relation) => periodView(relation, row.township.id));
  const current = relationOn(row.relations, asOf);
  const relation = current && periodView(current, row.township.id);
  const head = currentHead(row.heads);
  return {
    station: row.station,
    township: row.township,
    department: row.department,
    organization: relation?.organization ?? null,
    from: relation?.from ?? null,
    basis: relation?.basis ?? null,
    exemption: relation?.exemption ?? null,
    insideTownCommittee: relation?.insideTownCommittee ?? false,
    history,
    head,
    flags: stationFlags({ relation, head }),
  };
}
