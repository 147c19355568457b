import { closePilotTownService, openPilotTownService, PilotTown } from './pilot-town.fixture';
import type { TestGraphQL } from '../helpers/graphql';
import type { TestDatabase } from '../helpers/test-database';

/**
 * Lists page both ways (Relay cursor connections) on the real Neo4j: forward and backward pages
 * concatenate to the whole list in its order, a cursor is the item's sort key and id (it continues
 * from the same item after an insertion), the ends answer as Relay says, and each page is still the
 * one statement of its root field.
 */
let db: TestDatabase;
let gql: TestGraphQL;
let town: PilotTown;

beforeAll(async () => {
  ({ db, gql, town } = await openPilotTownService());
});
afterAll(() => closePilotTownService({ db, gql, town }));

const AFTER = '2008-11-01';
const BEFORE = '2008-08-31';

interface Page {
  totalCount?: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const ids = (page: Page) => page.edges.map((edge) => edge.node.id);

/** Every page forwards (`first` n from each endCursor) and backwards (`last` n from each startCursor). */
async function walk(fetch: (args: Record<string, unknown>) => Promise<Page>, size: number) {
  const forward: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page: Page = await fetch({ first: size, after });
    forward.push(...ids(page));
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page: Page = await fetch({ last: size, before });
    backward.unshift(...ids(page));
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return { forward, backward };
}

describe('entity lists page both ways', () => {
  const offices = async (args: Record<string, unknown>, sort = 'NAME_EN', direction = 'ASC'): Promise<Page> => {
    const result = await gql.run<{ offices: Page }>(
      `query($township: ID, $first: Int, $after: String, $last: Int, $before: String, $sort: OfficeSortField, $direction: SortDirection) {
        offices(township: $township, asOf: "${AFTER}", includeClosed: true, sort: $sort, direction: $direction, first: $first, after: $after, last: $last, before: $before) { ${PAGE} } }`,
      { township: town.township, sort, direction, ...args },
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toEqual(['entities/find-offices']);
    return result.data!.offices;
  };

  it.each([
    ['NAME_EN', 'ASC'],
    ['NAME_EN', 'DESC'],
    ['FROM', 'ASC'],
    ['FROM', 'DESC'],
    ['ID', 'DESC'],
  ])('offices by %s %s: pages of 1 and 3, forwards and backwards, are the whole list in order', async (sort, direction) => {
    const whole = await offices({ first: 100 }, sort, direction);
    expect(whole.totalCount).toBe(4);
    expect(ids(whole)).toHaveLength(4);
    for (const size of [1, 3]) {
      const { forward, backward } = await walk((args) => offices(args, sort, direction), size);
      expect(forward).toEqual(ids(whole));
      expect(backward).toEqual(ids(whole));
    }
  });

  it('last and before at the ends: the last items, an empty page before the first, after+before a slice', async () => {
    const whole = await offices({ first: 100 });
    const last2 = await offices({ last: 2 });
    expect(ids(last2)).toEqual(ids(whole).slice(2));
    expect(last2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const beforeFirst = await offices({ last: 5, before: whole.edges[0]!.cursor });
    expect(beforeFirst.edges).toEqual([]);
    expect(beforeFirst.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true, startCursor: null, endCursor: null });
    const afterLast = await offices({ first: 5, after: whole.edges[3]!.cursor });
    expect(afterLast.edges).toEqual([]);
    expect(afterLast.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const between = await offices({ first: 10, after: whole.edges[0]!.cursor, before: whole.edges[3]!.cursor });
    expect(ids(between)).toEqual(ids(whole).slice(1, 3));
    expect(between.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(ids(await offices({ last: 1, after: whole.edges[0]!.cursor, before: whole.edges[3]!.cursor }))).toEqual([ids(whole)[2]]);
  });

  it('a cursor taken before an office is inserted ahead of it still continues from the same office', async () => {
    const before = await offices({ first: 2 }, 'ID');
    const next = await offices({ first: 2, after: before.pageInfo.endCursor }, 'ID');
    const previous = await offices({ last: 1, before: before.pageInfo.endCursor }, 'ID');
    // An id that sorts first, so an offset cursor would now point one office earlier.
    const inserted = town.id('office:aaa-inserted');
    const created = await gql.run(
      `mutation($id: ID!, $township: ID!) { createOffice(id: $id, input: { name: "新办", nameEn: "Inserted Office", kind: OFFICE, township: $township, from: "2008-01-01" }) { change { id } } }`,
      { id: inserted, township: town.township },
    );
    expect(created.errors).toBeUndefined();
    const all = await offices({ first: 100 }, 'ID');
    expect(ids(all)[0]).toBe(inserted);
    expect(all.totalCount).toBe(5);
    const nextAgain = await offices({ first: 2, after: before.pageInfo.endCursor }, 'ID');
    expect(ids(nextAgain)).toEqual(ids(next));
    expect(ids(await offices({ last: 1, before: before.pageInfo.endCursor }, 'ID'))).toEqual(ids(previous));
    // The page before the cursor now has the inserted office too.
    expect(ids(await offices({ last: 10, before: before.pageInfo.endCursor }, 'ID'))).toEqual([inserted, ...ids(before).slice(0, 1)]);
  });

  it('refuses a cursor that is not ours and first with last, naming the argument (every problem at once)', async () => {
    const bad = await gql.run(`{ offices(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const both = await gql.run(`{ duties(first: 2, last: 2, before: "%%%") { totalCount } }`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (both.errors?.[0]?.extensions?.problems as { field: string }[]).map((problem) => problem.field).sort();
    expect(fields).toEqual(['before', 'last']);
    expect(both.statements).toEqual([]);
  });
});

describe('the answers of whoIsResponsible, stationPartyRelations and dutyAudit page both ways', () => {
  it('whoIsResponsible: pages of the ranking concatenate to the ranking, in one statement each', async () => {
    const who = async (args: Record<string, unknown>): Promise<Page> => {
      const result = await gql.run<{ whoIsResponsible: { totalCount: number; edges: { cursor: string; node: { duty: { id: string } } }[]; pageInfo: Page['pageInfo'] } }>(
        `query($township: ID, $first: Int, $after: String, $last: Int, $before: String) {
          whoIsResponsible(query: "village affairs organisation", township: $township, asOf: "${AFTER}", first: $first, after: $after, last: $last, before: $before) {
            totalCount edges { cursor node { duty { id } confident } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { township: town.township, ...args },
      );
      expect(result.errors).toBeUndefined();
      expect(result.statements).toEqual(['responsibility/who-is-responsible']);
      const answer = result.data!.whoIsResponsible;
      return { ...answer, edges: answer.edges.map((edge) => ({ cursor: edge.cursor, node: { id: edge.node.duty.id } })) };
    };
    const whole = await who({ first: 50 });
    expect(whole.totalCount).toBeGreaterThanOrEqual(3);
    expect(ids(whole)).toHaveLength(whole.totalCount!);
    const { forward, backward } = await walk(who, 2);
    expect(forward).toEqual(ids(whole));
    expect(backward).toEqual(ids(whole));
    expect(ids(await who({}))).toEqual(ids(whole).slice(0, 5));
  });

  it('stationPartyRelations: forwards and backwards', async () => {
    const stations = async (args: Record<string, unknown>): Promise<Page> => {
      const result = await gql.run<{ stationPartyRelations: { totalCount: number; edges: { cursor: string; node: { station: { id: string } } }[]; pageInfo: Page['pageInfo'] } }>(
        `query($first: Int, $after: String, $last: Int, $before: String) {
          stationPartyRelations(township: "town:lishun", asOf: "${AFTER}", first: $first, after: $after, last: $last, before: $before) {
            totalCount edges { cursor node { station { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        args,
      );
      expect(result.errors).toBeUndefined();
      expect(result.statements).toEqual(['station-party/list-station-party-relations']);
      const answer = result.data!.stationPartyRelations;
      return { ...answer, edges: answer.edges.map((edge) => ({ cursor: edge.cursor, node: { id: edge.node.station.id } })) };
    };
    const whole = await stations({});
    expect(whole.totalCount).toBe(9);
    expect(ids(whole)).toEqual([...ids(whole)].sort());
    const { forward, backward } = await walk(stations, 4);
    expect(forward).toEqual(ids(whole));
    expect(backward).toEqual(ids(whole));
  });

  it('dutyAudit findings: forwards and backwards, the counts over all of them', async () => {
    const audit = async (args: Record<string, unknown>): Promise<Page & { counted: number }> => {
      const result = await gql.run<{ dutyAudit: { counts: { count: number }[]; findings: { totalCount: number; edges: { cursor: string; node: { duty: { id: string } } }[]; pageInfo: Page['pageInfo'] } } }>(
        `query($township: ID, $first: Int, $after: String, $last: Int, $before: String) {
          dutyAudit(township: $township, asOf: "${BEFORE}") { counts { count } findings(first: $first, after: $after, last: $last, before: $before) {
            totalCount edges { cursor node { duty { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
        { township: town.township, ...args },
      );
      expect(result.errors).toBeUndefined();
      expect(result.statements).toEqual(['audit/audit-duties']);
      const findings = result.data!.dutyAudit.findings;
      return { ...findings, counted: result.data!.dutyAudit.counts.length, edges: findings.edges.map((edge) => ({ cursor: edge.cursor, node: { id: edge.node.duty.id } })) };
    };
    const whole = await audit({});
    expect(whole.totalCount).toBe(5);
    const { forward, backward } = await walk(audit, 2);
    expect(forward).toEqual(ids(whole));
    expect(backward).toEqual(ids(whole));
    const bad = await gql.run(`{ dutyAudit(township: "${town.township}", asOf: "${BEFORE}") { findings(first: 1, last: 1) { totalCount } } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });
});
