import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { uniqueId } from '../helpers/graphql';
import { openTestDatabase, TestDatabase, testNeo4jUri } from '../helpers/test-database';
import { importPilotTown, PilotTown } from './pilot-town.fixture';

const SECRET = 'read-your-writes-secret-0123456789abcdef';
const HEADER = 'x-dutygraph-bookmark';

interface Answer {
  status: number;
  bookmark: string | null;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

async function post(app: RunningApp, token: string, query: string, variables: Record<string, unknown>, bookmark?: string): Promise<Answer> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(bookmark === undefined ? {} : { [HEADER]: bookmark }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, bookmark: response.headers.get(HEADER), body: (await response.json()) as Answer['body'] };
}

const CREATE = 'mutation($id: ID!, $township: ID!) { createDuty(id: $id, input: {title: "夜市摊位登记", titleEn: "Registering night-market stalls", category: BASIC, township: $township}) { __typename } }';
const READ = 'query($id: ID!) { duty(id: $id, asOf: "2026-01-01") { id title } }';

/**
 * Two service processes behind one load balancer, on one Neo4j: a write answered by one replica is read
 * through the other with the bookmark the write returned. On a single Neo4j every read sees every commit
 * anyway; what this proves is the contract a cluster needs (the bookmark answered, accepted on another
 * replica, reads opened with it, refused when malformed), over `bolt://` and over `neo4j://` routing.
 */
describe('read-your-writes across replicas (bookmarks)', () => {
  let db: TestDatabase;
  let town: PilotTown;
  let writer: RunningApp;
  let reader: RunningApp;
  let admin: string;
  let viewer: string;
  const config = () => loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET });

  beforeAll(async () => {
    db = await openTestDatabase();
    town = await importPilotTown(db);
    writer = await startApp(config(), testNeo4jUri(), createLogger('silent'));
    reader = await startApp(config(), testNeo4jUri().replace(/^bolt:/, 'neo4j:'), createLogger('silent'));
    admin = await signToken(SECRET, 'replica-admin', ['admin']);
    viewer = await signToken(SECRET, 'replica-viewer', ['viewer']);
  });
  afterAll(async () => {
    await writer?.stop();
    await reader?.stop();
    await town.remove();
    await db.close();
  });

  it('answers a write with its bookmark, and the other replica reads the write with it', async () => {
    const id = town.id(uniqueId('duty:night-market'));
    const written = await post(writer, admin, CREATE, { id, township: town.township });
    expect(written.body.errors).toBeUndefined();
    const bookmark = written.body.extensions?.bookmark;
    expect(typeof bookmark).toBe('string');
    expect(bookmark).toMatch(/^[A-Za-z0-9:+/=_.,-]+$/);
    expect(written.bookmark).toBe(bookmark);

    const read = await post(reader, viewer, READ, { id }, String(bookmark));
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.duty).toEqual({ id, title: '夜市摊位登记' });
    // A read answers no bookmark of its own: only writes move the caller's position.
    expect(read.body.extensions?.bookmark).toBeUndefined();
    expect(read.bookmark).toBeNull();
  });

  it('chains: a second write after the first bookmark answers a newer one, accepted everywhere', async () => {
    const first = await post(writer, admin, CREATE, { id: town.id(uniqueId('duty:night-market')), township: town.township });
    const second = await post(reader, admin, CREATE, { id: town.id(uniqueId('duty:night-market')), township: town.township }, String(first.body.extensions?.bookmark));
    expect(second.body.errors).toBeUndefined();
    expect(second.body.extensions?.bookmark).not.toEqual(first.body.extensions?.bookmark);
    const read = await post(writer, viewer, '{ serviceInfo { version } }', {}, String(second.body.extensions?.bookmark));
    expect(read.body.errors).toBeUndefined();
  });

  it('refuses a malformed bookmark header before anything runs, naming the header', async () => {
    const refused = await post(reader, viewer, READ, { id: 'duty:x' }, 'not a bookmark; DROP');
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: HEADER });
    expect(refused.body.errors?.[0]?.message).toContain(HEADER);
  });

  it('refuses a well-formed bookmark this database never issued as the caller\'s mistake, not an outage', async () => {
    const refused = await post(reader, viewer, READ, { id: 'duty:x' }, 'FB:notissuedbythisdatabase');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
