import { GraphQLSchema } from 'graphql';
import { deepestSelection as deepestOf } from '../helpers/deep-queries';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { TestGraphQL } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { EntitiesTown, importEntitiesTown } from './entities-town.fixture';

const AS_OF = '2008-11-01';

/** [root field of the lookup, root field of the list, fixture id looked up, the statement both run]. */
const ROOT_FIELDS: [string, string, string, string][] = [
  ['township', 'townships', 'town', 'entities/find-townships'],
  ['office', 'offices', 'office:party-government', 'entities/find-offices'],
  ['post', 'posts', 'post:pg-director', 'entities/find-posts'],
  ['person', 'people', 'person:504tr06fn4', 'entities/find-people'],
  ['village', 'villages', 'village:east', 'entities/find-villages'],
  ['station', 'stations', 'station:land', 'entities/find-stations'],
  ['department', 'departments', 'dept:land', 'entities/find-departments'],
  ['partyOrganization', 'partyOrganizations', 'party:town-committee', 'entities/find-party-organizations'],
  ['duty', 'duties', 'duty:documents', 'entities/find-duties'],
  ['document', 'documents', 'doc:rules', 'entities/find-documents'],
];

describe('entity root fields: one Cypher round trip whatever the selection', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: EntitiesTown;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    town = await importEntitiesTown(db);
    schema = await buildDutygraphSchema();
  });
  afterAll(async () => {
    await town.remove();
    await gql.stop();
    await db.close();
  });

  const deepestSelection = (type: Parameters<typeof deepestOf>[1]) => deepestOf(schema, type);
  const rootField = (name: string) => {
    const field = schema.getQueryType()?.getFields()[name];
    if (!field) throw new Error(`no root field ${name}`);
    return field;
  };

  it.each(ROOT_FIELDS)('%s(id) with its deepest selection sends exactly one statement', async (lookup, _list, fixtureId, statement) => {
    const query = `query ($id: ID!, $asOf: Date) { ${lookup}(id: $id, asOf: $asOf) ${deepestSelection(rootField(lookup).type)} }`;
    const result = await gql.run<Record<string, { id: string }>>(query, { id: town.id(fixtureId), asOf: AS_OF });
    expect(result.errors).toBeUndefined();
    expect(result.data?.[lookup]?.id).toBe(town.id(fixtureId));
    expect(result.statements).toEqual([statement]);
  });

  it.each(ROOT_FIELDS)('%s: the list %s with its deepest selection sends exactly one statement', async (_lookup, list, _fixtureId, statement) => {
    // Townships are filtered by name (the fixture's copy), every other list by the fixture's township.
    const [variable, filter, value] = list === 'townships' ? ['$text: String', 'text: $text', 'Entity Town'] : ['$township: ID', 'township: $township', town.township];
    const query = `query (${variable}, $asOf: Date) { ${list}(${filter}, asOf: $asOf, first: 100) ${deepestSelection(rootField(list).type)} }`;
    const result = await gql.run<Record<string, { totalCount: number; edges: unknown[] }>>(query, { [filter.split(':')[0]!]: value, asOf: AS_OF });
    expect(result.errors).toBeUndefined();
    expect(result.data?.[list]?.totalCount).toBeGreaterThan(0);
    expect(result.data?.[list]?.edges.length).toBe(Math.min(100, result.data?.[list]?.totalCount ?? 0));
    expect(result.statements).toEqual([statement]);
  });

  it('every root field of one operation costs one statement each', async () => {
    const fields = ROOT_FIELDS.map(([lookup], index) => `a${index}: ${lookup}(id: "${town.id(ROOT_FIELDS[index]![2])}", asOf: "${AS_OF}") { id }`);
    const result = await gql.run(`{ ${fields.join(' ')} }`);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toHaveLength(ROOT_FIELDS.length);
  });

  it('a reference asked for more than it carries costs one statement per level of references for the whole answer, and answers as node(id) does', async () => {
    // Level 1: the offices of the township (references) answer active, people and mergedFrom; level 2:
    // the offices merged into each (references again) answer from and to, which no reference carries.
    const office = `id active(asOf: $asOf) people(asOf: $asOf) { person { id } post { id } } mergedFrom { id from to }`;
    const query = `query ($id: ID!, $asOf: Date) { township(id: $id, asOf: $asOf) { id offices(asOf: $asOf) { ${office} } } }`;
    const result = await gql.run<{ township: { offices: { id: string; people: unknown[]; mergedFrom: unknown[] }[] } }>(query, { id: town.id('town'), asOf: AS_OF });
    expect(result.errors).toBeUndefined();
    const offices = result.data!.township.offices;
    expect(offices.length).toBeGreaterThan(0);
    expect(offices.some((item) => item.people.length > 0)).toBe(true);
    expect(offices.some((item) => item.mergedFrom.length > 0)).toBe(true);
    expect(result.statements).toEqual(['entities/find-townships', 'entities/find-nodes', 'entities/find-nodes']);
    for (const item of offices) {
      const own = await gql.run<{ node: unknown }>(`query ($id: ID!, $asOf: Date) { node(id: $id) { ... on Office { ${office} } } }`, { id: item.id, asOf: AS_OF });
      expect(own.errors).toBeUndefined();
      expect(own.data?.node).toEqual(item);
    }
  });

  it('references asked only for what they carry cost no statement: a union member and an owner', async () => {
    const query = `query ($id: ID!, $asOf: Date) { post(id: $id, asOf: $asOf) { id unit(asOf: $asOf) { __typename ... on Office { id name nameEn } } duties(asOf: $asOf) { owner { __typename ... on Post { id name nameEn } ... on Office { id name } } } } }`;
    const result = await gql.run<{ post: { unit: { __typename: string } } }>(query, { id: town.id('post:pg-director'), asOf: AS_OF });
    expect(result.errors).toBeUndefined();
    expect(result.data?.post.unit.__typename).toBe('Office');
    expect(result.statements).toEqual(['entities/find-posts']);
  });
});
