import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { loadConfig, ConfigError } from '../../src/config';
import { createTokenVerifier, DEFAULT_ISSUER } from '../../src/auth/tokens';
import { webRoutes, WebRoutesOptions } from '../../src/web/web-routes';

const SECRET = 'a-development-secret-of-at-least-32-characters';

/** The web routes on an ephemeral port, over a throwaway dist folder. */
async function serve(options: Partial<WebRoutesOptions>): Promise<{ base: string; close: () => Promise<void> }> {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(dist, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'main-abc.js'), 'console.log(1)');
  const app = express();
  app.use(webRoutes({ distDir: dist, graphiql: true, oidc: undefined, devSecret: undefined, ...options }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => fs.rmSync(dist, { recursive: true, force: true })),
  };
}

const devToken = (base: string, body: unknown) => fetch(`${base}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the web routes', () => {
  it('serves the app with a same-origin content security policy and long-cached assets', async () => {
    const server = await serve({});
    try {
      const page = await fetch(`${server.base}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>app</title>');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
      const asset = await fetch(`${server.base}/assets/main-abc.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${server.base}/assets/missing.js`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('mints a development token for a role only while the development secret is in use', async () => {
    const on = await serve({ devSecret: SECRET });
    const off = await serve({ devSecret: undefined });
    try {
      expect(await (await fetch(`${on.base}/app-config`)).json()).toMatchObject({ devSignIn: true, oidc: null, graphiql: true });
      const response = await devToken(on.base, { role: 'discipline', subject: 'wang' });
      expect(response.headers.get('cache-control')).toBe('no-store');
      const { token } = (await response.json()) as { token: string };
      const verify = createTokenVerifier({ secret: SECRET, previousSecrets: [], jwksUrl: undefined, issuer: DEFAULT_ISSUER, audience: undefined, maxLifetimeSeconds: 86_400, rolesClaim: 'roles' });
      await expect(verify(token)).resolves.toEqual({ subject: 'wang', roles: ['discipline'], anonymous: false });
      expect((await devToken(on.base, { role: 'root' })).status).toBe(400);
      expect((await devToken(on.base, { role: 'staff', subject: 'a b/c' })).status).toBe(400);

      expect(await (await fetch(`${off.base}/app-config`)).json()).toMatchObject({ devSignIn: false });
      expect((await devToken(off.base, { role: 'admin' })).status).toBe(404);
    } finally {
      await on.close();
      await off.close();
    }
  });

  it('serves /graphiql only when configured on, and tells the app the identity provider to use', async () => {
    const oidc = { issuer: 'https://id.town.example', clientId: 'dutygraph-web', scope: 'openid profile', audience: 'dutygraph' };
    const server = await serve({ graphiql: false, oidc });
    try {
      expect((await fetch(`${server.base}/graphiql`)).status).toBe(404);
      expect(await (await fetch(`${server.base}/app-config`)).json()).toEqual({ devSignIn: false, roles: ['viewer', 'staff', 'discipline', 'admin'], oidc, graphiql: false });
      expect((await fetch(`${server.base}/`)).headers.get('content-security-policy')).toContain("connect-src 'self' https://id.town.example");
    } finally {
      await server.close();
    }
  });

  it('answers 503 with the command to run when the app is not built', async () => {
    const server = await serve({ distDir: path.join(os.tmpdir(), 'dutygraph-no-such-dist') });
    try {
      const response = await fetch(`${server.base}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:web');
    } finally {
      await server.close();
    }
  });
});

describe('the web configuration', () => {
  it('serves GraphiQL outside production, and in production only when GRAPHIQL=true', () => {
    expect(loadConfig({}).web).toEqual({ graphiql: true, oidc: undefined });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).web.graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, GRAPHIQL: 'true' }).web.graphiql).toBe(true);
  });

  it('reads the identity provider, and reports a half or insecure configuration', () => {
    expect(loadConfig({ OIDC_ISSUER: 'https://id.town.example/realms/town/', OIDC_CLIENT_ID: 'dutygraph-web' }).web.oidc).toEqual({
      issuer: 'https://id.town.example/realms/town',
      clientId: 'dutygraph-web',
      scope: 'openid profile',
      audience: undefined,
    });
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ OIDC_ISSUER: 'https://id.town.example' })).toEqual(['OIDC_CLIENT_ID must be set when OIDC_ISSUER is']);
    expect(problems({ OIDC_CLIENT_ID: 'x' })).toEqual(['OIDC_ISSUER must be set when OIDC_CLIENT_ID is']);
    expect(problems({ OIDC_ISSUER: 'http://id.town.example', OIDC_CLIENT_ID: 'x' })).toEqual([expect.stringContaining('OIDC_ISSUER must be an https:// URL')]);
  });
});
