import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { TestGraphQL } from '../helpers/graphql';
import type { Viewer } from '../../src/auth/roles';

const STAFF_VIEWER: Viewer = { subject: 'clerk', roles: ['staff'], anonymous: false };

/**
 * Issue 20: a mutation answers every problem at once — the format of its arguments (class-validator)
 * together with what its rules find (unknown ids, days outside a post's existence) — in one
 * BAD_USER_INPUT, and writes nothing. Run on the sample town, which no failing mutation changes.
 */
type Problem = { field: string; message: string };

describe('every problem of a mutation in one answer', () => {
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

  const problemsOf = async (query: string, variables: Record<string, unknown>) => {
    const result = await gql.run(query, variables);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (result.errors?.[0]?.extensions?.problems as Problem[]).map((problem) => problem.field).sort();
  };
  const holdsCount = async (post: string) =>
    (await db.driver.executeQuery('MATCH (:Person)-[h:HOLDS]->(:Post {id: $post}) RETURN count(h) AS n', { post })).records[0]?.get('n').toNumber();

  it('appoint: a malformed person id, a day before the post exists and a filled post, together', async () => {
    const before = await holdsCount('post:party-secretary');
    const fields = await problemsOf('mutation($person: ID!, $post: ID!, $from: Date!) { appoint(person: $person, post: $post, from: $from) { change { id } } }', {
      person: 'Not An Id!',
      post: 'post:party-secretary',
      from: '1990-01-01',
    });
    // and the post already has a substantive holder: every problem, at once.
    expect(fields).toEqual(['from', 'person', 'post']);
    expect(await holdsCount('post:party-secretary')).toBe(before);
  });

  it('assignDuty: a malformed duty id and an unknown owner, together', async () => {
    const ASSIGN = 'mutation($owner: ID!, $duty: ID!, $role: OwnerRole!, $from: Date!) { assignDuty(owner: $owner, duty: $duty, role: $role, from: $from) { change { id } } }';
    const fields = await problemsOf(ASSIGN, { owner: 'office:no-such-office', duty: 'BAD DUTY', role: 'LEAD', from: '2008-12-01' });
    expect(fields).toEqual(['duty', 'owner']);
  });

  // GraphQL itself refuses a misspelt enum value or a malformed Date (validation for a literal, coercion
  // for a variable) before the mutation runs; the answer still lists the mutation's other problems.
  const problemsWithMessages = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await gql.run(query, variables);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return Object.fromEntries((result.errors?.[0]?.extensions?.problems as Problem[]).map((problem) => [problem.field, problem.message]));
  };
  const responsibilities = async (duty: string) =>
    (await db.driver.executeQuery('MATCH ()-[r:RESPONSIBLE_FOR]->(:Duty {id: $duty}) RETURN count(r) AS n', { duty })).records[0]?.get('n').toNumber();

  it('assignDuty with literals: a misspelt role (LEED) and a malformed day, with an unknown owner and a malformed duty id, in one answer', async () => {
    const before = await responsibilities('duty:land-management');
    const problems = await problemsWithMessages('mutation { assignDuty(owner: "office:no-such-office", duty: "BAD DUTY", role: LEED, from: "2008-13-45") { change { id } } }');
    expect(Object.keys(problems).sort()).toEqual(['duty', 'from', 'owner', 'role']);
    expect(problems.role).toContain('OwnerRole');
    expect(problems.owner).toContain("unknown id 'office:no-such-office'");
    expect(await responsibilities('duty:land-management')).toBe(before);
  });

  it('assignDuty with variables: the same problems, named by the argument, not the variable', async () => {
    const ASSIGN = 'mutation($owner: ID!, $duty: ID!, $role: OwnerRole!, $from: Date!) { assignDuty(owner: $owner, duty: $duty, role: $role, from: $from) { change { id } } }';
    const problems = await problemsWithMessages(ASSIGN, { owner: 'office:no-such-office', duty: 'BAD DUTY', role: 'LEADX', from: '2008-02-30' });
    expect(Object.keys(problems).sort()).toEqual(['duty', 'from', 'owner', 'role']);
    expect(problems.role).toContain('LEADX');
  });

  it('appoint: a malformed day (a literal) with a filled post and an unknown person, in one answer', async () => {
    const before = await holdsCount('post:party-secretary');
    const problems = await problemsWithMessages('mutation { appoint(person: "person:nobody-at-all", post: "post:party-secretary", from: "yesterday") { change { id } } }');
    expect(Object.keys(problems).sort()).toEqual(['from', 'person']);
    expect(await holdsCount('post:party-secretary')).toBe(before);
  });

  it('an entity input: a misspelt enum value inside the input (a variable) with a record problem, in one answer', async () => {
    const problems = await problemsWithMessages('mutation($input: OfficeInput!) { createOffice(id: "office:all-problems-test", input: $input) { change { id } } }', {
      input: { name: 'Test office', kind: 'BUREAUX', township: 'town:no-such-town', from: '2009-01-01' },
    });
    expect(problems['input.kind']).toContain('OfficeKind');
    expect(Object.keys(problems).length).toBeGreaterThan(1);
    const offices = await db.driver.executeQuery('MATCH (o:Office {id: "office:all-problems-test"}) RETURN count(o) AS n');
    expect(offices.records[0]?.get('n').toNumber()).toBe(0);
  });

  it('keeps GraphQL\'s own answer when something else is wrong too (an unknown field) or the caller may not run it', async () => {
    const unknown = await gql.run('mutation { assignDuty(owner: "office:party-affairs", duty: "duty:land-management", role: LEED, from: "2008-12-01") { change { id } noSuchField } }');
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
    const staff = await gql.run('mutation { assignDuty(owner: "office:no-such-office", duty: "duty:land-management", role: LEED, from: "2008-12-01") { change { id } } }', {}, STAFF_VIEWER);
    expect(staff.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(staff.errors)).not.toContain('no-such-office');
  });

  it('setLeaderInCharge: a malformed office id and a post that is not a leadership post, together', async () => {
    const fields = await problemsOf('mutation($office: ID!, $post: ID!, $from: Date!) { setLeaderInCharge(office: $office, post: $post, from: $from) { change { id } } }', {
      office: 'Office Of Nothing',
      post: 'post:village-construction-deputy',
      from: '2008-12-01',
    });
    expect(fields).toEqual(['office', 'post']);
  });

  it('a mutation whose rules all pass still writes nothing while its format is wrong', async () => {
    const relations = () => db.driver.executeQuery('MATCH (:Station {id: "station:power"})-[r:PARTY_RELATION]->() RETURN count(r) AS n').then((answer) => answer.records[0]?.get('n').toNumber());
    const before = await relations();
    const fields = await problemsOf('mutation($basis: String!) { moveStationPartyRelation(station: "station:power", organization: "party:town-committee", on: "2009-01-01", basis: $basis) { change { id } } }', {
      basis: 'x'.repeat(4001),
    });
    expect(fields).toEqual(['basis']);
    expect(await relations()).toBe(before);
  });
});
