import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { testNeo4jUri } from '../helpers/test-database';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('bearer tokens over HTTP', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
  });
  afterAll(() => app.stop());

  const ask = async (authorization?: string) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ serviceInfo { version } }' }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
  };

  it('refuses anonymous requests by default with 401 UNAUTHENTICATED', async () => {
    const { status, body } = await ask();
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a token signed with the configured secret', async () => {
    const { status, body } = await ask(`Bearer ${await signToken(SECRET, 'clerk', ['viewer'])}`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ serviceInfo: { version: expect.any(String) } });
  });

  it('refuses a token signed with another secret, an expired one, and a malformed header', async () => {
    const forged = await ask(`Bearer ${await signToken('another-secret-that-is-long-enough-012345', 'x', ['admin'])}`);
    const expired = await ask(`Bearer ${await signToken(SECRET, 'x', ['admin'], '-1s')}`);
    const malformed = await ask('Token abc');
    expect([forged.status, expired.status, malformed.status]).toEqual([401, 401, 401]);
    expect(expired.body.errors?.[0]?.message).toContain('expired');
    expect(forged.body.errors?.[0]?.message).not.toContain(SECRET);
  });
});
