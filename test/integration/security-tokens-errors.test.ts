import http from 'node:http';
import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair, KeyLike } from 'jose';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { testNeo4jUri } from '../helpers/test-database';

/** Issue 20: request ids on every error, no suggestions in production, and what a token must carry. */

const SECRET = 'the-current-secret-that-is-long-enough-0123';
const PREVIOUS = 'the-previous-secret-that-is-long-enough-456';
type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as Body };
};
const secondsFromNow = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;

describe('a request id on every error response (production configuration)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
  });
  afterAll(() => app.stop());

  it.each([
    ['401 without a token', {}, { query: '{ serviceInfo { version } }' }, 401],
    ['401 with a bad token', { authorization: 'Bearer abc.def.ghi' }, { query: '{ serviceInfo { version } }' }, 401],
    ['413 for a body over the limit', {}, { query: `{ serviceInfo { version } } #${'x'.repeat(200_000)}` }, 413],
    ['400 for malformed JSON', {}, '{"query": ', 400],
  ])('%s: header and extensions.requestId agree', async (_name, headers, body, status) => {
    const answer = await post(app.url, body, headers as Record<string, string>);
    expect(answer.status).toBe(status);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.errors?.[0]?.extensions.requestId).toBe(answer.requestId);
  });

  it("keeps the caller's own x-request-id on a 401", async () => {
    const answer = await post(app.url, { query: '{ serviceInfo { version } }' }, { 'x-request-id': 'caller-42' });
    expect([answer.status, answer.requestId, answer.body.errors?.[0]?.extensions.requestId]).toEqual([401, 'caller-42', 'caller-42']);
  });

  it('puts it on a CSRF refusal and on an unknown path too', async () => {
    const csrf = await fetch(`${app.url}?query=${encodeURIComponent('{ serviceInfo { version } }')}`);
    const csrfBody = (await csrf.json()) as Body;
    expect(csrf.status).toBe(400);
    expect(csrfBody.errors?.[0]?.extensions.requestId).toBe(csrf.headers.get('x-request-id'));
    const missing = await fetch(app.url.replace(/\/graphql$/, '/nope'));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Body).errors?.[0]?.extensions.requestId).toBe(missing.headers.get('x-request-id'));
  });
});

describe('production hides every suggestion', () => {
  let production: RunningApp;
  let development: RunningApp;
  let token: string;
  beforeAll(async () => {
    production = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
    development = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
    token = await signToken(SECRET, 'reviewer', ['viewer']);
  });
  afterAll(async () => {
    await production.stop();
    await development.stop();
  });

  const CASES: [string, unknown][] = [
    ['an enum value written literally', { query: '{ offices(township: "town:lishun", direction: DES) { totalCount } }' }],
    ['an enum value in a variable', { query: 'query ($d: SortDirection) { offices(township: "town:lishun", direction: $d) { totalCount } }', variables: { d: 'DES' } }],
    ['a field', { query: '{ offices(township: "town:lishun") { totalCont } }' }],
    ['an argument', { query: '{ offices(townshp: "town:lishun") { totalCount } }' }],
    ['a type in a variable definition', { query: 'query ($d: SortDirectio) { offices(direction: $d) { totalCount } }' }],
    ['a sort field', { query: '{ offices(sort: NAME_E) { totalCount } }' }],
  ];

  it.each(CASES)('%s: no "Did you mean" in production, though development offers one', async (_name, body) => {
    const inProduction = await post(production.url, body, { authorization: `Bearer ${token}` });
    const inDevelopment = await post(development.url, body, { authorization: `Bearer ${token}` });
    expect(JSON.stringify(inDevelopment.body.errors)).toMatch(/Did you mean/);
    expect(inProduction.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(inProduction.body)).not.toMatch(/Did you mean|Suggestion/);
  });
});

describe('what a token must carry', () => {
  let app: RunningApp;
  let jwks: http.Server;
  let jwksUrl: string;
  let idpKey: KeyLike;
  let otherKey: KeyLike;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    idpKey = pair.privateKey as KeyLike;
    otherKey = (await generateKeyPair('RS256')).privateKey as KeyLike;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'town-idp-1', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/jwks.json`;
    const env = {
      PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      JWT_PREVIOUS_SECRETS: PREVIOUS,
      JWT_JWKS_URL: jwksUrl,
      JWT_ISSUER: 'https://idp.town.example',
      JWT_AUDIENCE: 'dutygraph',
      JWT_MAX_LIFETIME_SECONDS: '3600',
      JWT_ROLES_CLAIM: 'realm_access.roles',
    };
    app = await startApp(loadConfig(env), testNeo4jUri(), createLogger('silent'));
  });
  afterAll(async () => {
    await app.stop();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const ask = (token: string) => post(app.url, { query: '{ serviceInfo { version } }' }, { authorization: `Bearer ${token}` });
  const claims = { realm_access: { roles: ['staff'] } };
  const hs256 = (secret: string, edit: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('clerk').setIssuer('https://idp.town.example').setAudience('dutygraph').setIssuedAt()).sign(new TextEncoder().encode(secret));
  const rs256 = (key: KeyLike, edit: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'town-idp-1' }).setSubject('clerk@town').setIssuer('https://idp.town.example').setAudience('dutygraph').setIssuedAt().setExpirationTime('10m')).sign(key);

  it('accepts the current secret and a previous one (rotation), with exp, iss and aud as configured', async () => {
    expect((await ask(await hs256(SECRET, (jwt) => jwt.setExpirationTime('10m')))).status).toBe(200);
    expect((await ask(await hs256(PREVIOUS, (jwt) => jwt.setExpirationTime('10m')))).status).toBe(200);
    expect((await ask(await hs256('an-unknown-secret-that-is-long-enough-789', (jwt) => jwt.setExpirationTime('10m')))).status).toBe(401);
  });

  it('refuses a token without exp, and one that lives longer than JWT_MAX_LIFETIME_SECONDS', async () => {
    const noExp = await ask(await hs256(SECRET));
    expect(noExp.status).toBe(401);
    expect(noExp.body.errors?.[0]?.message).toContain('no expiry');
    const tooLong = await ask(await hs256(SECRET, (jwt) => jwt.setExpirationTime('2h')));
    expect(tooLong.status).toBe(401);
    expect(tooLong.body.errors?.[0]?.message).toContain('JWT_MAX_LIFETIME_SECONDS');
    const noIat = await ask(await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('https://idp.town.example').setAudience('dutygraph').setExpirationTime(secondsFromNow(30 * 86_400)).sign(new TextEncoder().encode(SECRET)));
    expect(noIat.status).toBe(401);
  });

  it('refuses another issuer or audience', async () => {
    expect((await ask(await hs256(SECRET, (jwt) => jwt.setExpirationTime('10m').setIssuer('dutygraph')))).status).toBe(401);
    expect((await ask(await hs256(SECRET, (jwt) => jwt.setExpirationTime('10m').setAudience('another-app')))).status).toBe(401);
  });

  it("accepts the identity provider's RS256 tokens through its JWKS, and refuses a key it does not publish", async () => {
    // The roles come from JWT_ROLES_CLAIM (realm_access.roles): a token without a known role would be a 401.
    const accepted = await ask(await rs256(idpKey));
    expect(accepted.status).toBe(200);
    expect(accepted.body.errors).toBeUndefined();
    expect((await ask(await rs256(otherKey))).status).toBe(401);
    expect((await ask(await rs256(idpKey, (jwt) => jwt.setIssuer('https://evil.example')))).status).toBe(401);
  });

  it('refuses alg none and a token HMAC-signed with the published public key', async () => {
    const none = new UnsecuredJWT(claims).setSubject('x').setIssuer('https://idp.town.example').setAudience('dutygraph').setIssuedAt().setExpirationTime('10m').encode();
    expect((await ask(none)).status).toBe(401);
    const published = await (await fetch(jwksUrl)).text();
    expect((await ask(await hs256(published, (jwt) => jwt.setExpirationTime('10m')))).status).toBe(401);
  });
});

describe('the cost limit counts list sizes from variables and defaults', () => {
  let app: RunningApp;
  let token: string;
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', JWT_SECRET: SECRET, GRAPHQL_MAX_COST: '5000', GRAPHQL_MAX_DEPTH: '7' }), testNeo4jUri(), createLogger('silent'));
    token = await signToken(SECRET, 'reviewer', ['staff']);
  });
  afterAll(() => app.stop());

  const FIELDS = 'id name nameEn gender birthDate crossPosted workload { posts } posts { from } appointments { from } officesInCharge { from } duties { from } residentCadreIn { from }';
  const ask = (query: string, variables?: Record<string, unknown>) => post(app.url, { query, variables }, { authorization: `Bearer ${token}` });

  it('costs people(first: 100) the same written literally, as a variable and as a variable default, and refuses all three', async () => {
    const answers = [
      await ask(`{ people(first: 100) { edges { node { ${FIELDS} } } } }`),
      await ask(`query ($n: Int) { people(first: $n) { edges { node { ${FIELDS} } } } }`, { n: 100 }),
      await ask(`query ($n: Int = 100) { people(first: $n) { edges { node { ${FIELDS} } } } }`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'GRAPHQL_MAX_COST', maxCost: 5000 });
      expect(answer.body.errors?.[0]?.message).toMatch(/^Query cost limit of 5000 exceeded/);
    }
    expect(new Set(answers.map((answer) => answer.body.errors?.[0]?.extensions.cost)).size).toBe(1);
  });

  it('accepts the same query with a small page, however written, and counts aliases and fragments', async () => {
    const small = await ask(`query ($n: Int) { people(township: "town:lishun", first: $n, asOf: "2008-11-01") { totalCount edges { node { ${FIELDS} } } } }`, { n: 5 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const fragments = await ask(`query ($n: Int) { a: people(first: $n) { edges { node { ...P } } } b: people(first: $n) { edges { node { ...P } } } } fragment P on Person { ${FIELDS} }`, { n: 60 });
    expect(fragments.body).toMatchObject({ errors: [{ extensions: { limit: 'GRAPHQL_MAX_COST' } }] });
  });

  it('no limit refusal pretends to be a syntax error', async () => {
    const deep = await ask('{ offices(township: "town:lishun") { edges { node { leadersInCharge { holders { leadersInCharge { post { id } } } } } } } }');
    const costly = await ask(`{ people(first: 100) { edges { node { ${FIELDS} } } } }`);
    for (const answer of [deep, costly]) {
      expect(answer.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.body.errors?.[0]?.message).not.toMatch(/^Syntax Error/);
    }
  });
});

describe('expensive operations take turns', () => {
  let app: RunningApp;
  let token: string;
  beforeAll(async () => {
    const env = { PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET, GRAPHQL_HEAVY_COST: '50', GRAPHQL_HEAVY_CONCURRENCY: '1', GRAPHQL_HEAVY_MAX_WAITING: '1', GRAPHQL_HEAVY_QUEUE_MS: '60000' };
    app = await startApp(loadConfig(env), testNeo4jUri(), createLogger('silent'));
    token = await signToken(SECRET, 'reviewer', ['viewer']);
  });
  afterAll(() => app.stop());

  it('serves one at a time, lets one wait, and refuses the others at once with 503 OVERLOADED (retryable), while cheap ones pass', async () => {
    const heavy = '{ duties(township: "town:lishun", asOf: "2008-11-01", first: 100) { edges { node { id title owners { owner { ... on Node { id } } name } } } } }';
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(app.url, { query: heavy }, { authorization: `Bearer ${token}` })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    const busy = answers.find((answer) => answer.status === 503);
    expect(busy?.body.errors?.[0]?.extensions).toMatchObject({ code: 'OVERLOADED', retryable: true, requestId: busy?.requestId });
    const cheap = await post(app.url, { query: '{ serviceInfo { version } }' }, { authorization: `Bearer ${token}` });
    expect(cheap.status).toBe(200);
  });
});
