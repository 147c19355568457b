import { GraphQLOutputType, GraphQLSchema } from 'graphql';
import { deepestSelection as deepestOf } from '../helpers/deep-queries';
import type { Viewer } from '../../src/auth/roles';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { TestGraphQL } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { EntitiesTown, importEntitiesTown } from './entities-town.fixture';

/**
 * `node(id)` and `nodes(ids)` (Relay's global object identification): every entity type implements
 * Node; `nodes` answers entities of every label in one statement, each exactly as its own lookup
 * answers it; an unknown id is null; a person is refused below the staff role, failing alone.
 */
const AS_OF = '2008-11-01';
const VIEWER: Viewer = { subject: 'a-viewer', roles: ['viewer'], anonymous: false };

/** The deepest selection of a type, each day field asked for AS_OF, its own fields aliased by the type (`Office_name: name`) so the fragments of ten types can share one selection. */
const deepestSelection = (schema: GraphQLSchema, type: GraphQLOutputType) => deepestOf(schema, type, { dayArgs: `asOf: "${AS_OF}"`, alias: (typeName, field) => `${typeName}_${field}` });

/** [lookup root field, its type, fixture id]. */
const LOOKUPS: [string, string, string][] = [
  ['township', 'Township', 'town'],
  ['office', 'Office', 'office:party-government'],
  ['post', 'Post', 'post:pg-director'],
  ['person', 'Person', 'person:504tr06fn4'],
  ['village', 'Village', 'village:east'],
  ['station', 'Station', 'station:land'],
  ['department', 'Department', 'dept:land'],
  ['partyOrganization', 'PartyOrganization', 'party:town-committee'],
  ['duty', 'Duty', 'duty:documents'],
  ['document', 'Document', 'doc:rules'],
];

// find-nodes is one long statement (the ten labels' item parts): Neo4j plans it once per process, which on a
// loaded machine takes tens of seconds; answers after that take milliseconds.
jest.setTimeout(300_000);

describe('node(id) and nodes(ids)', () => {
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

  const selectionOf = (typeName: string) => deepestSelection(schema, schema.getType(typeName) as GraphQLOutputType);

  it('every entity type implements Node', () => {
    const node = schema.getType('Node');
    expect(node).toBeDefined();
    expect(schema.getPossibleTypes(node as never).map((type) => type.name).sort()).toEqual(LOOKUPS.map(([, typeName]) => typeName).sort());
  });

  it('nodes: entities of every label with their deepest selections, in one statement, each as its own lookup answers it; unknown ids are null', async () => {
    const ids = [...LOOKUPS.map(([, , fixtureId]) => town.id(fixtureId)), 'office:no-such-office'];
    const fragments = LOOKUPS.map(([, typeName]) => `... on ${typeName} ${selectionOf(typeName)}`).join(' ');
    const result = await gql.run<{ nodes: ({ id: string; __typename: string } | null)[] }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ${fragments} } }`, { ids });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toEqual(['entities/find-nodes']);
    expect(result.data?.nodes.map((node) => node?.id ?? null)).toEqual([...ids.slice(0, -1), null]);
    for (const [index, [lookup, typeName, fixtureId]] of LOOKUPS.entries()) {
      const own = await gql.run<Record<string, unknown>>(`query ($id: ID!) { ${lookup}(id: $id) { __typename id ... on ${typeName} ${selectionOf(typeName)} } }`, { id: town.id(fixtureId) });
      expect(own.errors).toBeUndefined();
      expect(result.data?.nodes[index]).toEqual(own.data?.[lookup]);
    }
  });

  it('node(id) answers one entity with its type, and null for an unknown id', async () => {
    const result = await gql.run<{ a: { __typename: string; id: string; name: string } | null; b: unknown }>(
      `{ a: node(id: "${town.id('office:party-government')}") { __typename id ... on Office { name active(asOf: "${AS_OF}") } } b: node(id: "post:nobody") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.a).toMatchObject({ __typename: 'Office', id: town.id('office:party-government'), active: true });
    expect(result.data?.b).toBeNull();
    expect(result.statements).toEqual(['entities/find-nodes', 'entities/find-nodes']);
  });

  it('a viewer asking for a person gets a FORBIDDEN error at its index, null there, and the other nodes', async () => {
    const ids = [town.id('office:party-government'), town.id('person:504tr06fn4')];
    const result = await gql.run<{ nodes: unknown[] }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Office { name } } }`, { ids }, VIEWER);
    expect(result.data?.nodes).toEqual([{ id: ids[0], name: expect.any(String) }, null]);
    expect(result.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['nodes', 1]]]);
    const one = await gql.run(`{ node(id: "${ids[1]}") { id } }`, {}, VIEWER);
    expect(one.data?.node).toBeNull();
    expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the day fields of all the types asked answer one day: two days are BAD_USER_INPUT naming the field', async () => {
    const ids = [town.id('office:party-government'), town.id('post:pg-director')];
    const result = await gql.run(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Office { active(asOf: "2008-08-14") } ... on Post { vacant(asOf: "${AS_OF}") } } }`, { ids });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vacant.asOf' });
  });
});
