import { sampleTownSession } from '../helpers/sample-town-session';

/**
 * Issue 20: a mutation answers every problem at once — the format of its arguments (class-validator)
 * together with what its rules find (unknown ids, days outside a post's existence) — in one
 * BAD_USER_INPUT, and writes nothing. Run on the sample town, which no failing mutation changes.
 */
type Problem = { field: string; message: string };

describe('every problem of a mutation in one answer', () => {
  const town = sampleTownSession();

  const problemsOf = async (query: string, variables: Record<string, unknown>) => {
    const result = await town.graphql.run(query, variables);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (result.errors?.[0]?.extensions?.problems as Problem[]).map((problem) => problem.field).sort();
  };
  const holdsCount = async (post: string) =>
    (await town.db.driver.executeQuery('MATCH (:Person)-[h:HOLDS]->(:Post {id: $post}) RETURN count(h) AS n', { post })).records[0]?.get('n').toNumber();

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

  it('assignDuty: a malformed duty id and an unknown owner, together; a bad role is refused by the OwnerRole type before the mutation runs', async () => {
    const ASSIGN = 'mutation($owner: ID!, $duty: ID!, $role: OwnerRole!, $from: Date!) { assignDuty(owner: $owner, duty: $duty, role: $role, from: $from) { change { id } } }';
    const fields = await problemsOf(ASSIGN, { owner: 'office:no-such-office', duty: 'BAD DUTY', role: 'LEAD', from: '2008-12-01' });
    expect(fields).toEqual(['duty', 'owner']);
    const badRole = await town.graphql.run(ASSIGN, { owner: 'office:party-affairs', duty: 'duty:land-management', role: 'LEADX', from: '2008-12-01' });
    expect(badRole.data).toBeUndefined();
    expect(badRole.errors?.map((error) => [error.extensions?.code, error.message.includes('OwnerRole')])).toEqual([['BAD_USER_INPUT', true]]);
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
    const relations = () => town.db.driver.executeQuery('MATCH (:Station {id: "station:power"})-[r:PARTY_RELATION]->() RETURN count(r) AS n').then((answer) => answer.records[0]?.get('n').toNumber());
    const before = await relations();
    const fields = await problemsOf('mutation($basis: String!) { moveStationPartyRelation(station: "station:power", organization: "party:town-committee", on: "2009-01-01", basis: $basis) { change { id } } }', {
      basis: 'x'.repeat(4001),
    });
    expect(fields).toEqual(['basis']);
    expect(await relations()).toBe(before);
  });
});
