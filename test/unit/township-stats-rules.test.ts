import { BadUserInputError, NotFoundError } from '../../src/errors';
import type { TownshipCountsRow } from '../../src/repositories/township-stats.repository';
import type { FlagCounts } from '../../src/domain/audit-flags';
import { DutyFlagCounter, resolvedTownship, TownshipCountsSource, TownshipStatsService } from '../../src/services/township-stats.service';
import { flagCountList, officeKindCounts } from '../../src/domain/township-counts';

const TOWN = { id: 'town', name: '镇', nameEn: 'Town', dataFrom: '2008-01-01' };
const FLAGS: FlagCounts = { OVERLAP: 1, CROSSOVER: 2, BLANK: 3, VACANT: 4, SELF_SUPERVISED: 5 };

function counts(over: Partial<TownshipCountsRow> = {}): TownshipCountsRow {
  return {
    townshipCount: 1,
    town: TOWN,
    villages: { administrative: 58, residential: 3, total: 61 },
    offices: 6,
    officesByKind: [{ kind: 'OFFICE', count: 6 }],
    leadershipPosts: 11,
    middlePosts: { total: 14, filled: 13, actingOnly: 1 },
    peopleHoldingPosts: 30,
    stations: 5,
    duties: 20,
    ...over,
  };
}

describe('which township is counted', () => {
  it('is the named one, or NOT_FOUND naming the id', () => {
    expect(resolvedTownship('town', { townshipCount: 2, town: TOWN })).toBe(TOWN);
    expect(() => resolvedTownship('nowhere', { townshipCount: 2, town: null })).toThrow(NotFoundError);
    expect(() => resolvedTownship('nowhere', { townshipCount: 2, town: null })).toThrow("No Township with id 'nowhere'.");
  });

  it('is the only township when none is named; BAD_USER_INPUT on township with several or none', () => {
    expect(resolvedTownship(null, { townshipCount: 1, town: TOWN })).toBe(TOWN);
    for (const found of [{ townshipCount: 2, town: null }, { townshipCount: 0, town: null }]) {
      try {
        resolvedTownship(null, found);
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
        expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'township' });
      }
    }
  });
});

describe('count lists', () => {
  it('lists every office kind, zero included, then unknown kinds', () => {
    expect(officeKindCounts([{ kind: 'BUREAU', count: 5 }, { kind: 'OTHER', count: 1 }, { kind: 'OFFICE', count: 3 }])).toEqual([
      { kind: 'OFFICE', count: 3 },
      { kind: 'BUREAU', count: 5 },
      { kind: 'SUB_DISTRICT_OFFICE', count: 0 },
      { kind: 'OTHER', count: 1 },
    ]);
  });

  it('lists every duty flag in the DutyFlag order', () => {
    expect(flagCountList(FLAGS).map(({ flag, count }) => `${flag}=${count}`)).toEqual(['OVERLAP=1', 'CROSSOVER=2', 'BLANK=3', 'VACANT=4', 'SELF_SUPERVISED=5']);
  });
});

describe('TownshipStatsService', () => {
  /** A repository and a flag counter that resolve only when released, recording the order of events. */
  function harness(row: TownshipCountsRow | Error, flags: FlagCounts | Error = FLAGS) {
    const events: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const repository: TownshipCountsSource = {
      countTownship: async () => {
        events.push('counts sent');
        await released;
        if (row instanceof Error) throw row;
        return row;
      },
    };
    const counter: DutyFlagCounter = {
      countFlags: async () => {
        events.push('flags sent');
        await released;
        if (flags instanceof Error) throw flags;
        return flags;
      },
    };
    return { service: new TownshipStatsService(repository, counter), events, release };
  }

  it('sends both statements before either answers, and combines them', async () => {
    const { service, events, release } = harness(counts());
    const pending = service.townshipStats('2008-11-01', 'town');
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['counts sent', 'flags sent']);
    release();
    const stats = await pending;
    expect(stats).toMatchObject({ township: { id: 'town' }, asOf: '2008-11-01', middlePosts: { total: 14, filled: 13, vacant: 1, actingOnly: 1 } });
    expect(stats.township).not.toHaveProperty('dataFrom');
    expect(stats.dutiesByFlag[4]).toEqual({ flag: 'SELF_SUPERVISED', count: 5 });
  });

  it("reports the township's own problem first when both fail", async () => {
    const { service, release } = harness(counts({ town: null }), new Error('the audit failed too'));
    release();
    await expect(service.townshipStats('2008-11-01', 'nowhere')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a day before the data on asOf, and passes on a failure of the flag counts', async () => {
    const early = harness(counts());
    early.release();
    await expect(early.service.townshipStats('2007-12-31', 'town')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'asOf' } });
    const failing = harness(counts(), new Error('audit down'));
    failing.release();
    await expect(failing.service.townshipStats('2008-11-01', 'town')).rejects.toThrow('audit down');
  });
});
