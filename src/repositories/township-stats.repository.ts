import type { StatementRunner } from '../db/executor';
import { list, NamedRow, namedRow, optionalString, record } from './station-party.repository';

export interface TownshipCountsRow {
  /** How many townships the graph holds, counted up to 2 (enough to tell "the only one"). */
  townshipCount: number;
  /** The township asked about (the only one when none is named); null when unknown or ambiguous. */
  town: (NamedRow & { dataFrom: string | null }) | null;
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
    const [row] = await this.executor.query('township-stats/count-township-stats', { asOf, township });
    if (!row) throw new Error('township-stats/count-township-stats returned no row');
    const town = record(row.town);
    return {
      townshipCount: count(row.townshipCount),
      town: town ? { ...namedRow(town), dataFrom: optionalString(town.dataFrom) } : null,
      villages: { administrative: count(row.administrativeVillages), residential: count(row.residentialVillages), total: count(row.villages) },
      offices: count(row.offices),
      officesByKind: list(row.officesByKind).map((raw) => ({ kind: String(raw.kind), count: count(raw.count) })),
      leadershipPosts: count(row.leadershipPosts),
      middlePosts: { total: count(row.middlePosts), filled: count(row.middlePostsFilled), actingOnly: count(row.middlePostsActingOnly) },
      peopleHoldingPosts: count(row.peopleHoldingPosts),
      stations: count(row.stations),
      duties: count(row.duties),
    };
  }
}

function count(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}
