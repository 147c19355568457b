import { closePilotTownService, openPilotTownService, PilotTown } from './pilot-town.fixture';
import type { TestGraphQL } from '../helpers/graphql';
import type { TestDatabase } from '../helpers/test-database';

/**
 * Mutation payloads on the real Neo4j: each answers the change record and the entities it changed,
 * read after the write, as of the day the change takes effect (or `asOf`), as the queries answer them.
 */
let db: TestDatabase;
let gql: TestGraphQL;
let town: PilotTown;

beforeAll(async () => {
  ({ db, gql, town } = await openPilotTownService());
});
afterAll(() => closePilotTownService({ db, gql, town }));

async function mutate<T = any>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await gql.run<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('mutation payloads', () => {
  it('setLeaderInCharge answers the office with its new leader and the post with its charge, on the day', async () => {
    const office = town.id('office:party-affairs');
    const post = town.id('post:deputy-mayor-agriculture');
    const data = await mutate(
      `mutation($o: ID!, $p: ID!) { setLeaderInCharge(office: $o, post: $p, from: "2009-01-01") {
        change { mutation entities } office { id leadersInCharge { post { id } } } post { id inChargeOf { office { id } } }
        before: office(asOf: "2008-12-31") { leadersInCharge { post { id } } } } }`,
      { o: office, p: post },
    );
    const answer = data.setLeaderInCharge;
    expect(answer.change.mutation).toBe('setLeaderInCharge');
    expect(answer.office.leadersInCharge.map((leader: any) => leader.post.id)).toEqual([post]);
    expect(answer.post.inChargeOf.map((charge: any) => charge.office.id)).toContain(office);
    expect(answer.before.leadersInCharge.map((leader: any) => leader.post.id)).toEqual([town.id('post:deputy-party-secretary')]);
  });

  it('assignDuty to a post answers the duty with the new owner and the post (no office)', async () => {
    const duty = town.id('duty:homestead-approval');
    const post = town.id('post:social-affairs-director');
    const data = await mutate(
      `mutation($d: ID!, $p: ID!) { assignDuty(owner: $p, duty: $d, role: LEAD, from: "2008-12-01") {
        duty { id leadStatus owners { role owner { ... on Node { id } } } } office { id } post { id duties { duty { id } role } } } }`,
      { d: duty, p: post },
    );
    const answer = data.assignDuty;
    expect(answer.office).toBeNull();
    expect(answer.duty.leadStatus).toBe('LED');
    expect(answer.duty.owners).toContainEqual({ role: 'LEAD', owner: { id: post } });
    expect(answer.post.duties).toContainEqual({ duty: { id: duty }, role: 'LEAD' });
  });

  it('endAppointment answers the post without the holder from the day on, and the person', async () => {
    const post = town.id('post:party-affairs-director');
    const person = town.id('person:3nkhq83zb4');
    const data = await mutate(
      `mutation($person: ID!, $post: ID!) { endAppointment(person: $person, post: $post, on: "2009-02-01") {
        person { id } post { id vacant holders { person { id } } } earlier: post(asOf: "2009-01-31") { vacant } } }`,
      { person, post },
    );
    expect(data.endAppointment).toEqual({ person: { id: person }, post: { id: post, vacant: true, holders: [] }, earlier: { vacant: false } });
  });

  it('createOffice and updateOffice answer the office; deleteRecordEnteredByMistake its id; a dry run no offices', async () => {
    const id = town.id('office:payload-test');
    const created = await mutate(
      `mutation($id: ID!, $t: ID!) { createOffice(id: $id, input: { name: "测试办", kind: OFFICE, township: $t, from: "2008-01-01" }) { change { mutation } office(asOf: "2008-06-01") { id name active } } }`,
      { id, t: town.township },
    );
    expect(created.createOffice).toEqual({ change: { mutation: 'createOffice' }, office: { id, name: '测试办', active: true } });
    const updated = await mutate(`mutation($id: ID!) { updateOffice(id: $id, input: { nameEn: "Test Office" }) { office { id nameEn } } }`, { id });
    expect(updated.updateOffice.office).toEqual({ id, nameEn: 'Test Office' });
    const deleted = await mutate(`mutation($id: ID!) { deleteRecordEnteredByMistake(id: $id, reason: "a test") { deletedId change { mutation } } }`, { id });
    expect(deleted.deleteRecordEnteredByMistake).toEqual({ deletedId: id, change: { mutation: 'deleteRecordEnteredByMistake' } });
    const dry = await mutate(
      `mutation($t: ID!, $p: ID!) { reorganize(input: { township: $t, on: "2009-03-01", cutPosts: [$p] }, dryRun: true) { applied offices { id } posts { id } } }`,
      { t: town.township, p: town.id('post:village-affairs-deputy') },
    );
    expect(dry.reorganize).toEqual({ applied: false, offices: [], posts: [] });
  });
});
