import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { uniqueId } from '../helpers/graphql';
import { openTestDatabase, TestDatabase, testNeo4jUri } from '../helpers/test-database';
import { importPilotTown, PilotTown } from './pilot-town.fixture';

const SECRET = 'response-cache-secret-0123456789abcdef';

interface Answer {
  cache: string | null;
  bookmark: string | undefined;
  body: { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

async function post(app: RunningApp, token: string, query: string, variables: Record<string, unknown> = {}, bookmark?: string): Promise<Answer> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(bookmark ? { 'x-dutygraph-bookmark': bookmark } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer['body'];
  return { cache: response.headers.get('x-dutygraph-cache'), bookmark: body.extensions?.bookmark as string | undefined, body };
}

const AUDIT = 'query($t: ID!) { dutyAudit(township: $t, asOf: "2026-01-01") { totalDuties } }';
const CREATE = 'mutation($id: ID!, $t: ID!) { createDuty(id: $id, input: {title: "集市摊位管理", titleEn: "Market stalls", category: BASIC, township: $t}) { __typename } }';

/**
 * The response cache (RESPONSE_CACHE_ENTRIES) on two replicas of one Neo4j: an answer asked again is
 * served from memory, and never once a write has advanced the graph's revision — on the replica that
 * wrote, and on another one reading with the write's bookmark.
 */
describe('the response cache, keyed by the graph revision', () => {
  let db: TestDatabase;
  let town: PilotTown;
  let first: RunningApp;
  let second: RunningApp;
  let admin: string;
  let staff: string;
  let viewer: string;
  const revision = async () => Number((await db.driver.executeQuery("MATCH (r:GraphRevision {id: 'graph'}) RETURN r.value AS value")).records[0]?.get('value') ?? 0);
  let revisionBeforeImport: number;

  beforeAll(async () => {
    db = await openTestDatabase();
    revisionBeforeImport = await revision();
    town = await importPilotTown(db);
    const config = () => loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET, RESPONSE_CACHE_ENTRIES: '100' });
    first = await startApp(config(), testNeo4jUri(), createLogger('silent'));
    second = await startApp(config(), testNeo4jUri(), createLogger('silent'));
    admin = await signToken(SECRET, 'cache-admin', ['admin']);
    staff = await signToken(SECRET, 'cache-staff', ['staff']);
    viewer = await signToken(SECRET, 'cache-viewer', ['viewer']);
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await town.remove();
    await db.close();
  });

  it('advances the revision with every write transaction: an import and a mutation', async () => {
    expect(await revision()).toBeGreaterThan(revisionBeforeImport);
    const before = await revision();
    const created = await post(first, admin, CREATE, { id: town.id(uniqueId('duty:stalls')), t: town.township });
    expect(created.body.errors).toBeUndefined();
    expect(await revision()).toBe(before + 1);
  });

  it('serves a repeated question from memory, the same answer', async () => {
    const question = { t: town.township };
    const computed = await post(first, staff, AUDIT, question);
    const served = await post(first, staff, AUDIT, question);
    expect(computed.cache).toBe('miss');
    expect(served.cache).toBe('hit');
    expect(served.body).toEqual(computed.body);
  });

  it('keeps roles apart and never keeps an answer with an error', async () => {
    const question = { t: town.township };
    await post(first, staff, AUDIT, question);
    expect((await post(first, viewer, AUDIT, question)).cache).toBe('miss');
    const refused = '{ people(first: 1) { edges { node { id name } } } }';
    const once = await post(first, viewer, refused);
    expect(once.body.errors?.some((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect((await post(first, viewer, refused)).cache).toBe('miss');
  });

  it('never serves an answer older than a write, on the replica that wrote nor on another with its bookmark', async () => {
    const question = { t: town.township };
    const before = (await post(first, staff, AUDIT, question)).body.data?.dutyAudit.totalDuties as number;
    await post(second, staff, AUDIT, question);
    expect((await post(second, staff, AUDIT, question)).cache).toBe('hit');

    const written = await post(first, admin, CREATE, { id: town.id(uniqueId('duty:stalls')), t: town.township });
    expect(written.body.errors).toBeUndefined();
    const onWriter = await post(first, staff, AUDIT, question);
    expect(onWriter.cache).toBe('miss');
    expect(onWriter.body.data?.dutyAudit.totalDuties).toBe(before + 1);
    const onOther = await post(second, staff, AUDIT, question, written.bookmark);
    expect(onOther.cache).toBe('miss');
    expect(onOther.body.data?.dutyAudit.totalDuties).toBe(before + 1);
  });
});
