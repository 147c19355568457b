import { TestGraphQL, uniqueId } from '../helpers/graphql';
import type { TestDatabase } from '../helpers/test-database';
import { closePilotTownService, openPilotTownService, PilotTown } from './pilot-town.fixture';
import { DutyMeaningRepository } from '../../src/repositories/duty-meaning.repository';
import { backfillDutyMeanings } from '../../src/services/duty-meaning-backfill';

/** The hybrid duty search on the real Neo4j: the sample town (read only) and a pilot town of this file's own. */
const AS_OF = '2008-11-01';

const SEARCH = `
  query Search($query: String!, $township: ID, $first: Int) {
    dutySearch(query: $query, asOf: "${AS_OF}", township: $township, first: $first) {
      confident message
      answers { duty { id } matchedBy confidence confident score }
      suggestions { duty { id parent { id } } matchedBy confidence confident }
    }
  }`;

const WHO = `
  query Who($query: String!, $township: ID) {
    whoIsResponsible(query: $query, asOf: "${AS_OF}", township: $township, first: 3) { edges { node { duty { id } matchedBy confidence confident } } }
  }`;

interface Hit {
  duty: { id: string; parent?: { id: string } | null };
  matchedBy: string;
  confidence: number;
  confident: boolean;
}
interface SearchResult {
  confident: boolean;
  message: string;
  answers: Hit[];
  suggestions: Hit[];
}

describe('duty search by words and meaning', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: PilotTown;

  beforeAll(async () => {
    ({ db, gql, town } = await openPilotTownService());
  });
  afterAll(() => closePilotTownService({ db, gql, town }));

  const search = async (query: string, township: string | null = 'town:lishun'): Promise<SearchResult> => {
    const result = await gql.run<{ dutySearch: SearchResult }>(SEARCH, { query, township, first: 3 });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toEqual(['responsibility/who-is-responsible']);
    return result.data!.dutySearch;
  };

  it('finds a Chinese paraphrase that shares no word with the duty title, confidently', async () => {
    const result = await search('敬老院归谁管');
    expect(result.confident).toBe(true);
    expect(result.answers[0]?.duty.id).toBe('duty:elderly-care');
    expect(result.answers[0]?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.answers[0]?.confidence).toBeLessThanOrEqual(1);
  });

  it('finds an English paraphrase, and the plural "taxes" finds the tax duty', async () => {
    expect((await search('nursing home for old people')).answers[0]?.duty.id).toBe('duty:elderly-care');
    const taxes = await search('where do I pay my taxes');
    expect(taxes.answers[0]?.duty.id).toBe('duty:tax-collection');
    expect(['WORDS', 'BOTH']).toContain(taxes.answers[0]?.matchedBy);
  });

  it('reads traditional characters as simplified', async () => {
    const result = await search('新農合報銷');
    expect(result.answers[0]?.duty.id).toBe('duty:rural-medical-scheme');
  });

  it('does not put a duty that only shares a word first: garbage collection is not tax collection', async () => {
    const [first] = (await search('garbage collection')).answers;
    expect(first?.duty.id).toBe('duty:sanitation');
  });

  it('says plainly that nothing matched with confidence for a passport, and suggests the closest duties with their parents', async () => {
    const result = await search('办护照');
    expect(result.confident).toBe(false);
    expect(result.answers).toEqual([]);
    expect(result.message).toMatch(/Nothing matched with confidence/);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((hit) => !hit.confident && hit.confidence < 0.5)).toBe(true);
    expect(result.suggestions.some((hit) => hit.duty.parent !== null)).toBe(true);
    // whoIsResponsible answers the same suggestions, flagged as such, instead of an empty list.
    const who = await gql.run<{ whoIsResponsible: { edges: { node: Hit }[] } }>(WHO, { query: 'concert tickets', township: 'town:lishun' });
    expect(who.data!.whoIsResponsible.edges.length).toBeGreaterThan(0);
    expect(who.data!.whoIsResponsible.edges.every(({ node: hit }) => !hit.confident)).toBe(true);
  });

  it('an exact id or title is certain', async () => {
    expect((await search('duty:rural-roads')).answers).toEqual([expect.objectContaining({ duty: { id: 'duty:rural-roads' }, matchedBy: 'ID', confidence: 1, confident: true })]);
    expect((await search('土地管理')).answers[0]).toMatchObject({ duty: { id: 'duty:land-management' }, matchedBy: 'TITLE', confidence: 1 });
  });

  it('finds a renamed duty by its new meaning right after the mutation', async () => {
    const id = town.id(uniqueId('duty:renamed'));
    const create = await gql.run(
      `mutation($id: ID!, $township: ID!) { createDuty(id: $id, input: {title: "档案室钥匙登记", titleEn: "Register of archive room keys", category: BASIC, township: $township}) { change { id } } }`,
      { id, township: town.township },
    );
    expect(create.errors).toBeUndefined();
    const rename = await gql.run(
      `mutation($id: ID!) { updateDuty(id: $id, input: {title: "古树名木保护", titleEn: "Protecting ancient and famous trees", description: "登记和保护村里的百年老树。", descriptionEn: "Registers and protects the century-old trees of the villages."}) { change { id } } }`,
      { id },
    );
    expect(rename.errors).toBeUndefined();
    const english = await search('someone wants to cut down the very old camphor tree by the temple', town.township);
    expect(english.answers[0]?.duty.id ?? english.suggestions[0]?.duty.id).toBe(id);
    const chinese = await search('村口那棵几百年的大樟树谁来保护', town.township);
    expect(chinese.answers[0]?.duty.id ?? chinese.suggestions[0]?.duty.id).toBe(id);
    // The old meaning is gone from the duty: asking for it does not find the duty first.
    const old = await search('archive room keys', town.township);
    expect(old.answers[0]?.duty.id ?? old.suggestions[0]?.duty.id).not.toBe(id);
  });

  it('the backfill gives duties without meanings theirs (migration 0007 on an existing graph), embedding each distinct text once', async () => {
    const ids = [town.id('duty:village-organisation-construction'), town.id('duty:village-organisations')];
    await db.driver.executeQuery('MATCH (d:Duty)-[m:MEANS]->() WHERE d.id IN $ids DELETE m REMOVE d.searchText', { ids });
    const before = await search('村级组织建设', town.township);
    expect(before.answers.map((hit) => hit.duty.id)).not.toContain(ids[0]);

    const report = await backfillDutyMeanings(new DutyMeaningRepository(db.executor));
    expect(report.duties).toBeGreaterThanOrEqual(2);
    const { records } = await db.driver.executeQuery('MATCH (d:Duty)-[:MEANS]->(m:DutyMeaning) WHERE d.id IN $ids RETURN d.id AS id, count(m) AS meanings, d.searchText AS words', { ids });
    expect(records.map((record) => record.get('id')).sort()).toEqual([...ids].sort());
    expect(records.every((record) => Number(record.get('meanings')) === 2 && String(record.get('words')).length > 0)).toBe(true);
    const after = await search('村级组织建设', town.township);
    expect(after.answers[0]?.duty.id).toBe(ids[0]);
    expect((await backfillDutyMeanings(new DutyMeaningRepository(db.executor))).duties).toBe(0);
  });
});
