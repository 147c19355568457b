import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { townshipStatsRow } from './rows/township-stats.rows';
import type { NamedRef } from './station-party.repository';

export interface TownshipCountsRow {
  /** How many townships the graph holds, counted up to 2 (enough to tell "the only one"). */
  townshipCount: number;
  /** The township asked about (the only one when none is named); null when unknown or ambiguous. */
  town: (NamedRef & { dataFrom: string | null }) | null;
  villages: { administrative: number; residential: number; total: number };
  offices: number;
  /** Offices existing on the day per kind, by kind; kinds without offices are absent. */
  officesByKind: { kind: string; count: number }[];
  leadershipPosts: number;
  middlePosts: { total: number; filled: number; actingOnly: number };
  peopleHoldingPosts: number;
  stations: number;
  duties: number;
}

export class TownshipStatsRepository {
  static readonly queries = ['township-stats/count-township-stats'] as const;

  constructor(private readonly executor: StatementRunner) {}

  /** One statement: the township's villages, offices, posts, post holders, stations and duties on the day. */
  async countTownship(asOf: string, township: string | null): Promise<TownshipCountsRow> {
    const statement = 'township-stats/count-township-stats';
    const row = decodeOnlyRow(statement, townshipStatsRow, await this.executor.query(statement, { asOf, township }));
    return {
      townshipCount: row.townshipCount,
      town: row.town,
      villages: { administrative: row.administrativeVillages, residential: row.residentialVillages, total: row.villages },
      offices: row.offices,
      officesByKind: row.officesByKind,
      leadershipPosts: row.leadershipPosts,
      middlePosts: { total: row.middlePosts, filled: row.middlePostsFilled, actingOnly: row.middlePostsActingOnly },
      peopleHoldingPosts: row.peopleHoldingPosts,
      stations: row.stations,
      duties: row.duties,
    };
  }
}
