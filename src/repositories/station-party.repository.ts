import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import type { PageRequest, Position } from '../domain/page';
import { pageParameter } from './page';
import { stationPartyRow } from './rows/station-party.rows';
import type { StationRow } from '../domain/station-party';

export type { PartyOrganizationRow, PartyRelationRow, StationHeadRow, StationRow } from '../domain/station-party';
export type { NamedRef, PostRef } from '../domain/refs';

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
