import fs from 'node:fs';
import { SAMPLE_TOWN_FILE } from '../../src/sample-town';
import { TestGraphQL } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';

/**
 * Day fields take their own `asOf` (docs/front-end-contract.md, "Identity"): a field asked for a day
 * answers what the root field asked for that day answers; the fields of one root field answer one day,
 * and asking two is BAD_USER_INPUT naming the field.
 */
const EVE = '2008-08-14';
const AFTER = '2008-11-01';

const sampleDescribe = fs.existsSync(SAMPLE_TOWN_FILE) ? describe : describe.skip;

sampleDescribe('day fields take their own asOf', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;

  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
  });
  afterAll(async () => {
    await gql.stop();
    await db.close();
  });

  const SAME_ANSWER: readonly [string, string, string][] = [
    ['office', 'office(id: "office:party-affairs"@ROOT)', 'active@F people@F { person { id } post { id } } leadersInCharge@F { id post { id } holders@F { person { id } } } duties@F { duty { id } role }'],
    ['person', 'person(id: "person:j3dpksqd2j"@ROOT)', 'crossPosted@F posts@F { post { id } unit { ... on Node { id } } } officesInCharge@F { office { id } } duties@F { duty { id } role } workload@F { posts leadDuties }'],
    ['post', 'post(id: "post:deputy-party-secretary"@ROOT)', 'active@F vacant@F unit@F { ... on Node { id } } holders@F { person { id } } inChargeOf@F { office { id } } duties@F { duty { id } }'],
    ['village', 'village(id: "village:beihe"@ROOT)', 'under@F { ... on Node { id } } township@F { id } posts@F { post { id } vacant }'],
    ['duties', 'duties(township: "town:lishun"@ROOT, first: 100)', 'edges { node { id leadCount@F leadStatus@F owners@F { kind owner { ... on Node { id } } role } } }'],
  ];

  it.each(SAME_ANSWER)('%s: the fields asked for a day answer what the root field asked for that day answers', async (_name, root, fields) => {
    for (const day of [EVE, AFTER]) {
      const byRoot = await gql.data(`{ x: ${root.replace('@ROOT', `, asOf: "${day}"`)} { ${fields.replaceAll('@F', '')} } }`);
      const byFields = await gql.data(`{ x: ${root.replace('@ROOT', '')} { ${fields.replaceAll('@F', `(asOf: "${day}")`)} } }`);
      expect(byFields).toEqual(byRoot);
    }
    const eve = await gql.data(`{ x: ${root.replace('@ROOT', '')} { ${fields.replaceAll('@F', `(asOf: "${EVE}")`)} } }`);
    const after = await gql.data(`{ x: ${root.replace('@ROOT', '')} { ${fields.replaceAll('@F', `(asOf: "${AFTER}")`)} } }`);
    expect(eve).not.toEqual(after);
  });

  it('two fields of one root asking two days are refused, naming the field', async () => {
    const result = await gql.run(`{ office(id: "office:party-affairs") { posts(asOf: "${EVE}") { id } people(asOf: "${AFTER}") { acting } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'people.asOf' });
    expect(result.errors?.[0]?.message).toContain(EVE);
  });

  it("a field asking another day than the root's explicit asOf is refused; two aliases too, also in a list", async () => {
    const root = await gql.run(`{ post(id: "post:deputy-party-secretary", asOf: "${EVE}") { holders(asOf: "${AFTER}") { acting } } }`);
    expect(root.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'holders.asOf' });
    const aliases = await gql.run(`{ offices(first: 2) { edges { node { a: active(asOf: "${EVE}") b: active(asOf: "${AFTER}") } } } }`);
    expect(aliases.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active.asOf' });
    const nested = await gql.run(`{ office(id: "office:party-affairs") { leadersInCharge(asOf: "${EVE}") { holders(asOf: "${AFTER}") { acting } } } }`);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadersInCharge.holders.asOf' });
  });

  it('the same day asked by the root and its fields is one answer; a field day before the data is BAD_USER_INPUT on asOf', async () => {
    const same = await gql.run(`{ office(id: "office:party-affairs", asOf: "${AFTER}") { posts(asOf: "${AFTER}") { id } people { acting } } }`);
    expect(same.errors).toBeUndefined();
    const early = await gql.run('{ office(id: "office:party-affairs") { posts(asOf: "1900-01-01") { id } } }');
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
