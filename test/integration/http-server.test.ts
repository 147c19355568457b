import { spawn } from 'node:child_process';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { PROJECT_ROOT } from '../../src/project-root';
import { testNeo4jUri } from '../helpers/test-database';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the HTTP server', () => {
  let app: RunningApp;
  let base: string;
  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ANONYMOUS_ROLE: 'viewer' });
    app = await startApp(config, testNeo4jUri(), createLogger('silent'));
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(() => app.stop());

  it('answers /health while the process lives and /ready once Neo4j is reachable and migrated', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', migrations: 'applied' });
  });

  it('serves a GraphQL query that reads the real Neo4j', async () => {
    const response = await post(app.url, { query: '{ serviceInfo { database { edition version } } }' });
    const body = (await response.json()) as { data: { serviceInfo: { database: { edition: string; version: string } } } };
    expect(body.data.serviceInfo.database.version).toMatch(/^5\.26\./);
  });

  it('puts the request id of the x-request-id header into every error', async () => {
    const response = await post(app.url, { query: '{ noSuchField }' }, { 'x-request-id': 'req-123' });
    const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(response.headers.get('x-request-id')).toBe('req-123');
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'req-123' });
  });

  it('answers malformed JSON with a JSON error, not a stack trace', async () => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('reads a gzip-compressed body, and refuses an encoding or charset it cannot read with 415 and a JSON error', async () => {
    const query = JSON.stringify({ query: '{ serviceInfo { version } }' });
    const gzipped = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: zlib.gzipSync(query) });
    expect(await gzipped.json()).toEqual({ data: { serviceInfo: { version: expect.any(String) } } });
    const unreadable: Record<string, string>[] = [{ 'content-type': 'application/json', 'content-encoding': 'compress-me' }, { 'content-type': 'application/json; charset=latin1' }];
    for (const headers of unreadable) {
      const refused = await fetch(app.url, { method: 'POST', headers, body: query });
      expect(refused.status).toBe(415);
      expect(await refused.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST', requestId: refused.headers.get('x-request-id') } }] });
    }
  });

  it('answers GraphQL at /graphql in any case and below it, and a JSON 404 next to it', async () => {
    for (const path of ['/GraphQL', '/graphql/', '/graphql/v1?x=1']) {
      const response = await post(`${base}${path}`, { query: '{ serviceInfo { version } }' });
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
    const beside = await post(`${base}/graphqlx`, { query: '{ serviceInfo { version } }' });
    expect(beside.status).toBe(404);
    expect(((await beside.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses other methods as Apollo does: 405 with Allow, and HEAD without a body', async () => {
    const put = await fetch(app.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
    const head = await fetch(app.url, { method: 'HEAD' });
    expect(head.status).toBeGreaterThanOrEqual(400);
    expect(await head.text()).toBe('');
  });

  it('refuses a body over the size limit without crashing', async () => {
    const response = await post(app.url, { query: `{ serviceInfo { version } } #${'x'.repeat(200_000)}` });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining('100 kB'), extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: response.headers.get('x-request-id') } }] });
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});

describe('limits against abusive queries', () => {
  let app: RunningApp;
  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ANONYMOUS_ROLE: 'viewer', NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), GRAPHQL_MAX_ALIASES: '3' });
    app = await startApp(config, testNeo4jUri(), createLogger('silent'));
  });
  afterAll(() => app.stop());

  const firstError = async (query: string) => {
    const body = (await (await post(app.url, { query })).json()) as { errors?: { message: string; extensions: { code: string } }[] };
    return body.errors?.[0];
  };

  it('refuses too many aliases, naming the limit', async () => {
    const query = `{ ${[1, 2, 3, 4].map((n) => `a${n}: serviceInfo { version }`).join(' ')} }`;
    expect(await firstError(query)).toMatchObject({ message: expect.stringContaining('Aliases limit of 3 exceeded'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses documents over the token limit while parsing, as a parse failure (not a 500)', async () => {
    const response = await post(app.url, { query: `{ ${'serviceInfo { version } '.repeat(600)} }` });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]).toMatchObject({
      message: expect.stringContaining('more that 2000 tokens'),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('turns off introspection and field suggestions in production', async () => {
    expect(await firstError('{ __schema { types { name } } }')).toMatchObject({ message: expect.stringContaining('introspection') });
    const suggestion = await firstError('{ serviceInf { version } }');
    expect(suggestion?.message).not.toMatch(/Did you mean/);
  });
});

describe('shutdown', () => {
  it('on SIGTERM finishes, closes the driver and exits 0', async () => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: testNeo4jUri(), PORT: '0', LOG_LEVEL: 'debug', ANONYMOUS_ROLE: 'viewer' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = readline.createInterface({ input: child.stdout });
    const logged = (message: string) =>
      new Promise<{ url?: string }>((resolve, reject) => {
        const onLine = (line: string) => {
          const parsed = JSON.parse(line) as { msg: string; url?: string };
          if (parsed.msg !== message) return;
          lines.off('line', onLine);
          resolve(parsed);
        };
        lines.on('line', onLine);
        child.once('exit', (code) => reject(new Error(`exited before logging '${message}' (code ${code})`)));
      });
    const { url } = await logged('Dutygraph is serving GraphQL');
    const received = logged('graphql request received');
    const inFlight = post(url!, { query: '{ serviceInfo { version } }' });
    await received;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await exited).toBe(0);
  }, 60_000);
});
