import fs from 'node:fs';
import { parse } from 'yaml';
import { SAMPLE_TOWN_FILE } from '../../src/sample-town';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';

/**
 * The facts of the report, read back from the graph by Cypher (the sample town is loaded by the
 * global setup through the importer; this test only reads). Every query is scoped to the sample
 * township, so other tests' data in the same database does not count.
 */
if (!fs.existsSync(SAMPLE_TOWN_FILE)) throw new Error(`${SAMPLE_TOWN_FILE} is missing: these facts are checked against the sample town`);
const sample = parse(fs.readFileSync(SAMPLE_TOWN_FILE, 'utf8')) as { townships: { id: string }[] };
const TOWN = sample.townships[0]!.id;

/** Units of the town: the township itself, its offices, the villages under either, its stations. */
const TOWN_UNITS = `
  MATCH (town:Township {id: $town})
  WITH town, COLLECT { MATCH (office:Office)-[:IN]->(town) RETURN office } AS offices
  WITH town, offices, COLLECT { UNWIND [town] + offices AS unit MATCH (village:Village)-[:UNDER]->(unit) RETURN DISTINCT village } AS villages
  WITH town, offices, villages, COLLECT { MATCH (station:Station)-[:LOCATED_IN]->(town) RETURN DISTINCT station } AS stations
`;

const validOn = (variable: string, day: string) => `${variable}.from <= date('${day}') AND (${variable}.to IS NULL OR date('${day}') < ${variable}.to)`;

describe('the sample town in the graph reproduces the report', () => {
  let db: TestDatabase;
  const one = async <T = unknown>(query: string, params: Record<string, unknown> = {}): Promise<Record<string, T>> => {
    const { records } = await db.driver.executeQuery(query, { town: TOWN, ...params });
    expect(records).toHaveLength(1);
    return Object.fromEntries(records[0]!.keys.map((key) => [String(key), plain(records[0]!.get(key)) as T]));
  };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('has 61 villages: 58 administrative villages and 3 residential areas', async () => {
    expect(
      await one(`${TOWN_UNITS}
        UNWIND villages AS village
        RETURN count(village) AS all,
               count(CASE WHEN village.kind = 'ADMINISTRATIVE' THEN 1 END) AS administrative,
               count(CASE WHEN village.kind = 'RESIDENTIAL' THEN 1 END) AS residential`),
    ).toEqual({ all: 61, administrative: 58, residential: 3 });
  });

  it('has 16 leadership posts before the reform (2008-08-31) and 11 after it (2008-09-01)', async () => {
    expect(
      await one(`${TOWN_UNITS}
        WITH [town] + offices AS units
        MATCH (post:Post {level: 'LEADERSHIP'})-[:IN]->(unit) WHERE unit IN units
        WITH DISTINCT post
        RETURN count(CASE WHEN ${validOn('post', '2008-08-31')} THEN 1 END) AS before,
               count(CASE WHEN ${validOn('post', '2008-09-01')} THEN 1 END) AS after`),
    ).toEqual({ before: 16, after: 11 });
  });

  it('closes the three offices and five bureaus on 2008-09-01 and opens the six named offices', async () => {
    const closed = await one(`
      MATCH (office:Office)-[:IN]->(:Township {id: $town})
      WHERE office.to = date('2008-09-01')
      RETURN count(CASE WHEN office.kind = 'OFFICE' THEN 1 END) AS offices, count(CASE WHEN office.kind = 'BUREAU' THEN 1 END) AS bureaus,
             count(CASE WHEN NOT EXISTS { (office)-[:MERGED_INTO]->(:Office) } THEN 1 END) AS withoutSuccessor`);
    expect(closed).toEqual({ offices: 3, bureaus: 5, withoutSuccessor: 0 });

    const open = await one<string[]>(`
      MATCH (office:Office {kind: 'OFFICE'})-[:IN]->(:Township {id: $town})
      WHERE office.from = date('2008-09-01') AND ${validOn('office', '2008-09-01')}
      RETURN collect(office.nameEn) AS names`);
    expect([...open.names!].sort()).toEqual([
      expect.stringMatching(/economic development/i),
      expect.stringMatching(/party affairs/i),
      expect.stringMatching(/party and government/i),
      expect.stringMatching(/political and legal/i),
      expect.stringMatching(/social affairs/i),
      expect.stringMatching(/village construction/i),
    ]);
  });

  it('withdraws the sub-district office on 2008-10-08 and re-homes its 13 villages that day', async () => {
    expect(
      await one(`
        MATCH (office:Office {kind: 'SUB_DISTRICT_OFFICE'})-[:IN]->(:Township {id: $town})
        WHERE office.to = date('2008-10-08')
        MATCH (village:Village)-[before:UNDER]->(office)
        WHERE before.to = date('2008-10-08')
        RETURN count(DISTINCT office) AS offices,
               count(DISTINCT village) AS villages,
               count(DISTINCT CASE WHEN village.kind = 'ADMINISTRATIVE' THEN village END) AS administrative,
               count(DISTINCT CASE WHEN EXISTS { MATCH (village)-[after:UNDER]->(unit) WHERE after.from = date('2008-10-08') AND unit <> office } THEN village END) AS rehomed`),
    ).toEqual({ offices: 1, villages: 13, administrative: 13, rehomed: 13 });
  });

  it('had 21 candidates in the competition for middle-level posts', async () => {
    expect(
      await one(`
        MATCH (person:Person)-[:CANDIDATE_FOR]->(document:Document)
        WHERE EXISTS { (document)-[:IN]->(:Township {id: $town}) }
        RETURN count(DISTINCT person) AS candidates, count(DISTINCT document) AS selections`),
    ).toEqual({ candidates: 21, selections: 1 });
  });

  it('filled 13 of its 14 middle-level posts; the 13 are 23 at the youngest and 33 on average on 2008-09-20', async () => {
    const day = '2008-09-20';
    expect(
      await one(`${TOWN_UNITS}
        MATCH (post:Post {level: 'MIDDLE'})-[:IN]->(office) WHERE office IN offices AND ${validOn('post', day)}
        WITH DISTINCT post
        OPTIONAL MATCH (person:Person)-[holds:HOLDS]->(post) WHERE ${validOn('holds', day)}
        WITH collect(DISTINCT post) AS posts, collect(DISTINCT CASE WHEN person IS NOT NULL THEN post END) AS filled,
             collect(DISTINCT person) AS holders
        WITH posts, filled, [person IN holders | duration.between(person.birthDate, date('${day}')).years] AS ages
        RETURN size(posts) AS posts, size(filled) AS filled, size(ages) AS holders,
               reduce(youngest = 200, age IN ages | CASE WHEN age < youngest THEN age ELSE youngest END) AS youngest,
               round(reduce(total = 0.0, age IN ages | total + age) / size(ages)) AS averageAge`),
    ).toEqual({ posts: 14, filled: 13, holders: 13, youngest: 23, averageAge: 33 });
  });

  it('appointed 6 of the 13 to a middle-level post for the first time: 2 principal, 4 deputy', async () => {
    const day = '2008-09-20';
    expect(
      await one(`${TOWN_UNITS}
        MATCH (person:Person)-[holds:HOLDS]->(post:Post {level: 'MIDDLE'})-[:IN]->(office)
        WHERE office IN offices AND ${validOn('holds', day)}
          AND NOT EXISTS {
            MATCH (person)-[earlier:HOLDS]->(:Post {level: 'MIDDLE'})
            WHERE earlier.from < date('2008-09-01')
          }
        RETURN count(DISTINCT person) AS newlyAppointed,
               count(DISTINCT CASE WHEN post.rank = 'PRINCIPAL' THEN person END) AS principal,
               count(DISTINCT CASE WHEN post.rank = 'DEPUTY' THEN person END) AS deputy`),
    ).toEqual({ newlyAppointed: 6, principal: 2, deputy: 4 });
  });

  it('has 2 full-time resident cadres in 2 complex villages', async () => {
    expect(
      await one(`${TOWN_UNITS}
        MATCH (person:Person)-[:RESIDENT_CADRE_IN]->(village:Village)
        WHERE village IN villages
        RETURN count(DISTINCT person) AS cadres, count(DISTINCT village) AS villages,
               count(DISTINCT CASE WHEN village.complex THEN village END) AS complexVillages`),
    ).toEqual({ cadres: 2, villages: 2, complexVillages: 2 });
  });

  it('moved the party relations of 4 stations into the town party committee on 2008-10-15', async () => {
    expect(
      await one(`
        MATCH (station:Station)-[:LOCATED_IN]->(:Township {id: $town})
        MATCH (station)-[moved:PARTY_RELATION]->(committee:PartyOrganization {kind: 'TOWN_COMMITTEE'})
        WHERE moved.from = date('2008-10-15')
        RETURN count(DISTINCT station) AS stations,
               count(DISTINCT CASE WHEN EXISTS {
                 MATCH (station)-[before:PARTY_RELATION]->(other:PartyOrganization)
                 WHERE before.to = date('2008-10-15') AND other <> committee
               } THEN station END) AS movedFromElsewhere`),
    ).toEqual({ stations: 4, movedFromElsewhere: 4 });
  });

  it('states the town: 60.2 km², 73,000 people, 18.5 km from the city, 125 staff', async () => {
    expect(
      await one(`MATCH (town:Township {id: $town}) RETURN town.areaKm2 AS area, town.population AS population, town.distanceToCityKm AS distance, town.staff AS staff`),
    ).toEqual({ area: 60.2, population: 73000, distance: 18.5, staff: 125 });
  });

  it('cross-posts party and government leaders after the reform: 11 leadership posts held by 9 people', async () => {
    expect(
      await one(`${TOWN_UNITS}
        MATCH (person:Person)-[holds:HOLDS]->(post:Post {level: 'LEADERSHIP'})-[:IN]->(town)
        WHERE ${validOn('holds', '2008-11-01')}
        WITH person, count(post) AS posts
        RETURN count(person) AS people, sum(posts) AS posts, count(CASE WHEN posts > 1 THEN 1 END) AS crossPosted`),
    ).toEqual({ people: 9, posts: 11, crossPosted: 2 });
  });

  it('gives the division of labour of the report to the three leaders it names', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (post:Post)-[lead:RESPONSIBLE_FOR {role: 'LEAD'}]->(duty:Duty)-[:IN]->(:Township {id: $town})
       WHERE post.level = 'LEADERSHIP' AND ${validOn('lead', '2008-11-01')}
       RETURN post.id AS post, duty.titleEn AS duty ORDER BY post`,
      { town: TOWN },
    );
    expect(records.map((record) => [record.get('post'), record.get('duty')])).toEqual([
      ['post:deputy-mayor-agriculture', 'Rural village management system'],
      ['post:deputy-party-secretary', 'Working rules for village organisations'],
      ['post:discipline-secretary', 'Organisation system of the town leadership team'],
    ]);
  });

  it('ran the pilot from mid-August to the end of October', async () => {
    const pilot = await one<string>(`
      MATCH (town:Township {id: $town})
      RETURN toString(town.pilotFrom) AS pilotFrom, toString(town.pilotTo) AS pilotTo`);
    expect(pilot.pilotFrom).toMatch(/^\d{4}-08-1[0-9]$/);
    expect(pilot.pilotTo).toMatch(/^\d{4}-(10-3[01]|11-01)$/);
  });
});

/** Neo4j integers and floats as JS numbers, lists as arrays. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'toNumber' in value && typeof (value as { toNumber: unknown }).toNumber === 'function') {
    return (value as { toNumber(): number }).toNumber();
  }
  if (Array.isArray(value)) return value.map(plain);
  return value;
}
