import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import type { PageRequest, Position } from '../domain/page';
import { pageParameter } from './page';
import { stationPartyRow } from './rows/station-party.rows';

/** A node named by id, with its official and English names. */
export interface NamedRow {
  id: string;
  name: string;
  nameEn: string | null;
}

/** A post named by id, with its rank and level. */
export interface PostRow extends NamedRow {
  rank: string | null;
  level: string | null;
}

export interface PartyOrganizationRow extends NamedRow {
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
  person: NamedRow;
  post: PostRow;
  from: string;
  to: string | null;
  acting: boolean;
  /** The town's opinion was sought (null: not recorded). */
  townConsulted: boolean | null;
}

export interface StationRow {
  station: NamedRow;
  /** The township the station is LOCATED_IN on the day. */
  township: NamedRow;
  department: NamedRow | null;
  /** Every PARTY_RELATION edge of the station, by from. */
  relations: PartyRelationRow[];
  /** Holdings of its STATION_HEAD posts on the day, latest first. */
  heads: StationHeadRow[];
}

export interface StationPartyRows {
  /** The earliest day of data of the township asked about (of all townships when none is named). */
  dataFrom: string | null;
  /** False when a township was named and no such township exists. */
  townshipFound: boolean;
  /** The page, by station id (then township id). */
  stations: StationRow[];
  /** How many stations the whole list has; whether items precede and follow the page. */
  totalCount: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  /** Where each station of the page sits in the order (its cursor). */
  positions: Position[];
}

export class StationPartyRepository {
  static readonly queries = ['station-party/list-station-party-relations'] as const;

  constructor(private readonly executor: StatementRunner) {}

  /** One statement: the stations of the township (or every township) on the day, with their party relations and heads. */
  async listStationPartyRelations(asOf: string, township: string | null, page: PageRequest): Promise<StationPartyRows> {
    const statement = 'station-party/list-station-party-relations';
    return decodeOnlyRow(statement, stationPartyRow, await this.executor.query(statement, { asOf, township, page: pageParameter(page) }));
  }
}
