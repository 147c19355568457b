import http from 'node:http';
import crypto from 'node:crypto';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { testNeo4jUri } from '../helpers/test-database';
import { uniqueId } from '../helpers/graphql';

const SECRET = crypto.randomBytes(24).toString('hex');
const CREATE = 'mutation($id: ID!, $input: DepartmentInput!) { createDepartment(id: $id, input: $input) { change { id mutation entities } } }';

interface Answer {
  status: number;
  body: { data?: { createDepartment?: { change: { id: string } } | null }; errors?: { message: string; extensions: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
  replayedHeader: string | null;
}

/** Retries that are safe: the same write sent again after a lost reply answers with the original result. */
describe('idempotent writes over HTTP', () => {
  let app: RunningApp;
  let token: string;
  const departments: string[] = [];
  const keys: string[] = [];

  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET });
    app = await startApp(config, testNeo4jUri(), createLogger('silent'));
    token = await signToken(SECRET, `idempotency-test-${crypto.randomBytes(3).toString('hex')}`, ['admin']);
  });

  afterAll(async () => {
    await app.executor.writeWork('idempotency-test.cleanup', async (tx) => {
      await tx.runText('cleanup', 'MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: departments });
      await tx.runText('cleanup', 'MATCH (c:Change) WHERE any(id IN c.entities WHERE id IN $ids) DELETE c', { ids: departments });
      await tx.runText('cleanup', 'MATCH (k:IdempotencyKey) WHERE any(key IN $keys WHERE k.key CONTAINS key) DELETE k', { keys });
    });
    await app.stop();
  });

  const send = async (variables: Record<string, unknown>, key?: string): Promise<Answer> => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ query: CREATE, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'], replayedHeader: response.headers.get('idempotent-replayed') };
  };

  /**
   * Sends the request and, once the write is committed, drops the connection without reading the
   * reply: the client never learns the outcome (as when a reply is lost or the client timed out).
   */
  const sendAndLoseTheReply = async (variables: Record<string, unknown>, key: string, committed: () => Promise<boolean>) => {
    const body = JSON.stringify({ query: CREATE, variables });
    const url = new URL(app.url);
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}`, 'idempotency-key': key } });
    request.on('error', () => undefined);
    request.end(body);
    try {
      return await until(committed, 30_000);
    } finally {
      request.destroy();
    }
  };

  const changesOf = async (id: string) =>
    app.executor.readWork('idempotency-test.changes', (tx) => tx.runText('changes', 'MATCH (c:Change) WHERE $id IN c.entities RETURN c.id AS id', { id }));

  const until = async (condition: () => Promise<boolean>, timeoutMs: number) => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await condition()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  };

  it('answers a retry after a lost reply with the original result, marked as a replay, and applies the write once', async () => {
    const id = uniqueId('dept:idempotent');
    departments.push(id);
    const key = crypto.randomUUID();
    keys.push(key);
    const variables = { id, input: { name: '幂等测试局', nameEn: 'Idempotency Bureau' } };

    expect(await sendAndLoseTheReply(variables, key, async () => (await changesOf(id)).length === 1)).toBe(true);
    const [original] = await changesOf(id);

    const retry = await send(variables, key);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data?.createDepartment?.change.id).toBe(original?.id);
    expect(retry.body.extensions).toMatchObject({ idempotency: { key, replayed: true } });
    expect(retry.replayedHeader).toBe('true');
    expect(await changesOf(id)).toHaveLength(1);

    const reused = await send({ id, input: { name: '另一个局' } }, key);
    expect(reused.body.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(await changesOf(id)).toHaveLength(1);
  });

  it('applies a first write under a key normally, with no replay marker', async () => {
    const id = uniqueId('dept:idempotent-first');
    departments.push(id);
    const key = crypto.randomUUID();
    keys.push(key);
    const first = await send({ id, input: { name: '首次局' } }, key);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions?.idempotency).toBeUndefined();
    expect(first.replayedHeader).toBeNull();
  });

  it('refuses a malformed key as BAD_USER_INPUT on Idempotency-Key', async () => {
    const id = uniqueId('dept:idempotent-bad-key');
    const answer = await send({ id, input: { name: '坏键局' } }, 'not a key!');
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await changesOf(id)).toHaveLength(0);
  });

  it('answers a create sent again without a key, for an id that exists with identical content, as a replay', async () => {
    const id = uniqueId('dept:idempotent-same');
    departments.push(id);
    const variables = { id, input: { name: '同样的局' } };
    const first = await send(variables);
    expect(first.body.errors).toBeUndefined();

    const again = await send(variables);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.createDepartment?.change.id).toBe(first.body.data?.createDepartment?.change.id);
    expect(again.body.extensions).toMatchObject({ idempotency: { key: null, replayed: true } });
    expect(await changesOf(id)).toHaveLength(1);

    const different = await send({ id, input: { name: '不同的局' } });
    expect(different.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(different.body.errors?.[0]?.message).toMatch(/already exists/);
  });
});
