import { NotFoundError } from '../errors';
import type { NamedRow, PartyRelationRow, PostRow, StationHeadRow, StationPartyRepository, StationRow } from '../repositories/station-party.repository';
import { assertWithinData } from './as-of';
import { resolveAsOf } from '../domain/period';
import type { PageRequest, Paged } from '../domain/page';

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

export interface PartyOrganizationView extends NamedRow {
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

export interface StationHeadView {
  person: NamedRow;
  post: PostRow;
  from: string;
  to: string | null;
  acting: boolean;
  townConsulted: boolean | null;
}

export interface StationPartyRelationView {
  station: NamedRow;
  township: NamedRow;
  department: NamedRow | null;
  organization: PartyOrganizationView | null;
  from: string | null;
  basis: string | null;
  exemption: string | null;
  insideTownCommittee: boolean;
  history: PartyRelationPeriodView[];
  head: StationHeadView | null;
  flags: StationFlag[];
}

/** The party relations of the grassroots stations of a township (or of every township) on a day. */
export class StationPartyService {
  constructor(private readonly repository: StationPartyRepository) {}

  async stationPartyRelations(asOfArg: string | null | undefined, township: string | null | undefined, page: PageRequest): Promise<Paged<StationPartyRelationView>> {
    const asOf = resolveAsOf(asOfArg);
    const rows = await this.repository.listStationPartyRelations(asOf, township ?? null, page);
    if (township && !rows.townshipFound) throw new NotFoundError('Township', township, 'township');
    assertWithinData(asOf, rows.dataFrom);
    const { totalCount, hasPreviousPage, hasNextPage, positions } = rows;
    return { items: rows.stations.map((station) => stationView(station, asOf)), totalCount, hasPreviousPage, hasNextPage, positions };
  }
}

// ---- the rules (pure) ------------------------------------------------------------------------------

/** An edge is valid on day d when from <= d and (no to, or d < to); days are YYYY-MM-DD, so text order is date order. */
export function isValidOn(period: { from: string; to: string | null }, day: string): boolean {
  return period.from <= day && (period.to === null || day < period.to);
}

/** The party relation valid on the day; of several (bad data), the one that started last. */
export function relationOn(relations: readonly PartyRelationRow[], day: string): PartyRelationRow | null {
  const valid = relations.filter((relation) => isValidOn(relation, day));
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

function headView(head: StationHeadRow): StationHeadView {
  return { person: head.person, post: head.post, from: head.from, to: head.to, acting: head.acting, townConsulted: head.townConsulted };
}

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
    head: head && headView(head),
    flags: stationFlags({ relation, head }),
  };
}
