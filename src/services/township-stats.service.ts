import { BadUserInputError, NotFoundError } from '../errors';
import type { NamedRef } from '../repositories/station-party.repository';
import type { TownshipCountsRow, TownshipStatsRepository } from '../repositories/township-stats.repository';
import { assertWithinData } from './as-of';
import { resolveAsOf } from '../domain/period';
import { DUTY_FLAGS, DutyFlag, FlagCounts } from '../domain/audit-flags';
import { flagCountList, officeKindCounts } from '../domain/township-counts';

/** Counts duties per audit flag; the duty audit service is one (its own statement). */
export interface DutyFlagCounter {
  countFlags(asOf?: string | null, township?: string | null): Promise<FlagCounts>;
}

export interface TownshipStatsView {
  township: NamedRef;
  asOf: string;
  villages: { administrative: number; residential: number; total: number };
  offices: { total: number; byKind: { kind: string; count: number }[] };
  leadershipPosts: number;
  middlePosts: { total: number; filled: number; vacant: number; actingOnly: number };
  peopleHoldingPosts: number;
  stations: number;
  duties: number;
  dutiesByFlag: { flag: DutyFlag; count: number }[];
}

/** What the service reads of the township-stats repository: its one statement (a test implements just this). */
export type TownshipCountsSource = Pick<TownshipStatsRepository, 'countTownship'>;

/** The counts a township's front page shows on a day. */
export class TownshipStatsService {
  constructor(
    private readonly repository: TownshipCountsSource,
    private readonly dutyFlags: DutyFlagCounter,
  ) {}

  /**
   * Two statements, sent together: the township's own counts and the duty audit's flag counts.
   * When both fail, the township's problem (unknown, ambiguous, a day before the data) is the one reported.
   */
  /** `shown`: the audit flags the caller may see (visibleFlags). */
  async townshipStats(asOfArg?: string | null, township?: string | null, shown: readonly DutyFlag[] = DUTY_FLAGS): Promise<TownshipStatsView> {
    const asOf = resolveAsOf(asOfArg);
    const [counted, flagged] = await Promise.allSettled([
      this.repository.countTownship(asOf, township ?? null),
      this.dutyFlags.countFlags(asOf, township ?? null),
    ]);
    if (counted.status === 'rejected') throw counted.reason;
    const town = resolvedTownship(township ?? null, counted.value);
    assertWithinData(asOf, town.dataFrom);
    if (flagged.status === 'rejected') throw flagged.reason;
    const stats = statsView(asOf, { id: town.id, name: town.name, nameEn: town.nameEn }, counted.value, flagged.value);
    return { ...stats, dutiesByFlag: stats.dutiesByFlag.filter((count) => shown.includes(count.flag)) };
  }
}

// ---- the rules (pure) ------------------------------------------------------------------------------

/**
 * The township the counts are about: the one named (NOT_FOUND when there is none with that id), or,
 * when none is named, the only township of the graph (BAD_USER_INPUT on `township` when there are several).
 */
export function resolvedTownship<T>(requested: string | null, found: { townshipCount: number; town: T | null }): T {
  if (requested !== null) {
    if (!found.town) throw new NotFoundError('Township', requested, 'township');
    return found.town;
  }
  if (found.townshipCount === 0) throw BadUserInputError.of('township', 'the graph holds no township yet; import a dataset first');
  if (found.townshipCount > 1 || !found.town) throw BadUserInputError.of('township', 'the graph holds several townships; name one');
  return found.town;
}

function statsView(asOf: string, township: NamedRef, counts: TownshipCountsRow, flags: FlagCounts): TownshipStatsView {
  const { filled, actingOnly, total } = counts.middlePosts;
  return {
    township,
    asOf,
    villages: counts.villages,
    offices: { total: counts.offices, byKind: officeKindCounts(counts.officesByKind) },
    leadershipPosts: counts.leadershipPosts,
    middlePosts: { total, filled, vacant: total - filled, actingOnly },
    peopleHoldingPosts: counts.peopleHoldingPosts,
    stations: counts.stations,
    duties: counts.duties,
    dutiesByFlag: flagCountList(flags),
  };
}
