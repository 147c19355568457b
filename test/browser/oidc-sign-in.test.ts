/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser.
import crypto from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { developmentSecret } from '../../src/auth/dev-secret';
import { signToken } from '../../src/auth/tokens';
import { BrowserSession, NO_PROBLEMS } from './browser-session';

/**
 * A stand-in for the town's identity provider on 127.0.0.1: discovery, an authorization endpoint
 * that signs the user in at once, and a token endpoint that checks the PKCE verifier against the
 * challenge. Its access tokens are ones this service already verifies (the development secret),
 * since verifying a real provider's tokens through its JWKS is src/auth/tokens.ts's work.
 */
async function startIdentityProvider(): Promise<{ issuer: string; seen: { challenges: string[]; verifiedPkce: number }; close(): Promise<void> }> {
  const app = express();
  const seen = { challenges: [] as string[], verifiedPkce: 0 };
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  let issuer = '';
  app.use((req, res, next) => {
    res.set({ 'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST' });
    if (req.method === 'OPTIONS') res.status(204).end();
    else next();
  });
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({ issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, response_types_supported: ['code'], code_challenge_methods_supported: ['S256'] });
  });
  app.get('/authorize', (req, res) => {
    const query = req.query as Record<string, string>;
    if (query.client_id !== 'dutygraph-web' || query.response_type !== 'code' || query.code_challenge_method !== 'S256' || !query.code_challenge) {
      res.status(400).send('bad authorization request');
      return;
    }
    seen.challenges.push(query.code_challenge);
    const code = crypto.randomBytes(16).toString('hex');
    codes.set(code, { challenge: query.code_challenge, redirectUri: query.redirect_uri! });
    const back = new URL(query.redirect_uri!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.state!);
    res.redirect(302, back.toString());
  });
  app.post('/token', express.urlencoded({ extended: false }), async (req, res) => {
    const body = req.body as Record<string, string>;
    const grant = codes.get(body.code ?? '');
    codes.delete(body.code ?? '');
    const challenge = crypto.createHash('sha256').update(body.code_verifier ?? '').digest('base64url');
    if (!grant || grant.challenge !== challenge || grant.redirectUri !== body.redirect_uri || body.grant_type !== 'authorization_code') {
      res.status(400).json({ error: 'invalid_grant' });
      return;
    }
    seen.verifiedPkce += 1;
    res.set('cache-control', 'no-store').json({ access_token: await signToken(developmentSecret(), 'oidc-clerk', ['staff'], '1h'), token_type: 'Bearer', expires_in: 3600 });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { issuer, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('production sign-in: OpenID Connect authorization code with PKCE, in Chromium', () => {
  let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
  let session: BrowserSession;
  beforeAll(async () => {
    idp = await startIdentityProvider();
    session = await BrowserSession.start({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'dutygraph-web' });
  });
  afterAll(async () => {
    await session?.stop();
    await idp?.close();
  });

  it('signs in at the provider, exchanges the code with its verifier, and asks with the access token', async () => {
    const { page, context, problems } = await session.page(null, { asOf: '2008-11-01' });
    await page.goto(`${session.base}/`);
    await page.getByRole('button', { name: '通过统一身份认证登录' }).click();
    await page.getByText('oidc-clerk').waitFor();
    expect(idp.seen.challenges).toHaveLength(1);
    expect(idp.seen.verifiedPkce).toBe(1);
    expect(new URL(page.url()).search).toBe('');
    await page.getByLabel('谁负责……？').fill('村级组织建设');
    await page.keyboard.press('Enter');
    await page.locator('article[data-duty="duty:village-organisation-construction"]').getByText('何红霞').first().waitFor();
    expect(problems.foreignRequests.some((url) => url.startsWith(`${idp.issuer}/authorize?`) && !url.includes('code_verifier'))).toBe(true);
    // The provider is the one other origin the page may reach.
    expect({ ...problems, foreignRequests: problems.foreignRequests.filter((url) => !url.startsWith(idp.issuer)) }).toEqual(NO_PROBLEMS);
    await context.close();
  });
});
