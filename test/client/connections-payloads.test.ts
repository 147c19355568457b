import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { openTestDatabase, testNeo4jUri, TestDatabase } from '../helpers/test-database';
import { importPilotTown, PilotTown } from '../integration/pilot-town.fixture';
import { createClient, leafDifferences } from './client';
import { AssignDuty, Appoint, DutyOwners, OfficesPagedBothWays, PostHolders } from './operations/paging';

/**
 * A front end with Apollo Client's default InMemoryCache, on the service over HTTP (real Neo4j):
 * a list paged forwards and backwards, and mutations whose payloads carry the changed entities, so
 * the screens showing them read the change from the cache, with no refetch. The mutations run on
 * this file's own copy of the pilot town (the sample town is never changed).
 */
const SECRET = 'a-client-test-secret-that-is-long-enough-0123';
const AFTER = '2008-11-01';

let app: RunningApp;
let db: TestDatabase;
let town: PilotTown;
let token: string;

beforeAll(async () => {
  db = await openTestDatabase();
  town = await importPilotTown(db);
  app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
  token = await signToken(SECRET, 'client-admin', ['admin']);
});
afterAll(async () => {
  await app?.stop();
  await town?.remove();
  await db?.close();
});

describe('a paged-both-ways screen', () => {
  it('pages the offices forwards, then back with last/before, and the cache reads every page as sent', async () => {
    const { client, wire } = createClient(app.url, token);
    const township = 'town:lishun';
    const read = async (variables: Record<string, unknown>) => {
      const result = await client.query({ query: OfficesPagedBothWays, variables: { township, asOf: AFTER, ...variables }, fetchPolicy: 'network-only' });
      expect(leafDifferences(wire[wire.length - 1]!.data, client.readQuery({ query: OfficesPagedBothWays, variables: { township, asOf: AFTER, ...variables } }))).toEqual([]);
      return result.data!.offices;
    };
    const whole = await read({ first: 100 });
    const first = await read({ first: 2 });
    const second = await read({ first: 2, after: first.pageInfo.endCursor });
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const back = await read({ last: 2, before: second.pageInfo.startCursor });
    expect(back.edges.map((edge) => edge.node.id)).toEqual(first.edges.map((edge) => edge.node.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const tail = await read({ last: 2 });
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(whole.edges.slice(0, 4).map((edge) => edge.node.id));
    expect(tail.edges.map((edge) => edge.node.id)).toEqual(whole.edges.slice(-2).map((edge) => edge.node.id));
  });
});

describe('mutation payloads update the screens in the cache', () => {
  it('appoint: the post screen loaded before shows the new holder from the cache, with no refetch', async () => {
    const { client, wire } = createClient(app.url, token);
    const post = town.id('post:village-affairs-director');
    const person = town.id('person:q2j0qbt2c1');
    const screen = { query: PostHolders, variables: { id: post, asOf: AFTER } };
    const before = await client.query({ ...screen, fetchPolicy: 'network-only' });
    expect(before.data!.post).toMatchObject({ vacant: true, holders: [] });

    const requests = wire.length;
    const result = await client.mutate({ mutation: Appoint, variables: { person, post, from: AFTER } });
    expect(result.error).toBeUndefined();
    expect(result.data!.appoint.change).toMatchObject({ mutation: 'appoint', entities: expect.arrayContaining([person, post]) });
    expect(wire.length).toBe(requests + 1);

    const cached = client.readQuery(screen);
    expect(cached!.post).toMatchObject({ id: post, vacant: false, holders: [{ acting: false, from: AFTER, person: { id: person } }] });
    // cache-first answers from the cache: no request goes out.
    await client.query({ ...screen, fetchPolicy: 'cache-first' });
    expect(wire.length).toBe(requests + 1);
  });

  it('assignDuty: the duty screen loaded before shows the new owner from the cache', async () => {
    const { client, wire } = createClient(app.url, token);
    const duty = town.id('duty:homestead-approval');
    const office = town.id('office:social-affairs');
    const screen = { query: DutyOwners, variables: { id: duty, asOf: AFTER } };
    const before = await client.query({ ...screen, fetchPolicy: 'network-only' });
    expect(before.data!.duty!.owners.map((owner) => owner.owner.id)).not.toContain(office);

    const requests = wire.length;
    const result = await client.mutate({ mutation: AssignDuty, variables: { owner: office, duty, from: AFTER } });
    expect(result.error).toBeUndefined();
    expect(result.data!.assignDuty.office).toMatchObject({ id: office });
    expect(result.data!.assignDuty.post).toBeNull();

    const cached = client.readQuery(screen);
    expect(cached!.duty!.owners).toContainEqual(expect.objectContaining({ role: 'ASSIST', from: AFTER, owner: expect.objectContaining({ id: office }) }));
    expect(wire.length).toBe(requests + 1);
  });
});
