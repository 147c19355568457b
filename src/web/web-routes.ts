import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { OidcConfig, WebConfig } from '../config';
import { isRole, ROLES } from '../auth/roles';
import { signToken } from '../auth/tokens';
import { PROJECT_ROOT } from '../project-root';

/** Where `npm run build:web` (run by npm ci/npm install and by npm start when missing) puts the app. */
export const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

export interface WebRoutesOptions extends WebConfig {
  distDir: string;
  /** Set only while the local development secret signs tokens: the sign-in page may then mint one. */
  devSecret: string | undefined;
}

/** What the app needs to know before it signs in (GET /app-config); nothing secret. */
export interface AppClientConfig {
  devSignIn: boolean;
  roles: readonly string[];
  oidc: OidcConfig | null;
  graphiql: boolean;
}

const SUBJECT = /^[A-Za-z0-9._-]{1,40}$/;

/**
 * Only the service's own origin (and the identity provider, for the code exchange): the page can
 * load nothing from anywhere else, which the browser tests prove as well.
 */
function contentSecurityPolicy(oidc: OidcConfig | undefined): string {
  const connect = ["'self'", ...(oidc ? [new URL(oidc.issuer).origin] : [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    `connect-src ${connect}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The staff app (`/`), GraphiQL (`/graphiql`, when configured on), the app's configuration and,
 * with the development secret only, the development sign-in. Static files come from web/dist.
 */
export function webRoutes(options: WebRoutesOptions): express.Router {
  const router = express.Router();
  const csp = contentSecurityPolicy(options.oidc);
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    const full = path.join(options.distDir, file);
    if (!fs.existsSync(full)) {
      res.status(503).type('text/plain').send('The web app is not built: run `npm run build:web` (npm ci and npm start do it).\n');
      return;
    }
    res.set({ 'content-security-policy': csp, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    res.sendFile(full);
  };

  router.get('/app-config', (_req, res) => {
    const body: AppClientConfig = { devSignIn: options.devSecret !== undefined, roles: ROLES, oidc: options.oidc ?? null, graphiql: options.graphiql };
    res.set('cache-control', 'no-store').json(body);
  });

  router.post('/auth/dev-token', express.json({ limit: '1kb' }), async (req, res) => {
    if (options.devSecret === undefined) {
      res.status(404).json({ error: 'Development sign-in is off: the service signs tokens with a configured JWT_SECRET.' });
      return;
    }
    const body = (req.body ?? {}) as { role?: unknown; subject?: unknown };
    const subject = typeof body.subject === 'string' && body.subject !== '' ? body.subject : `dev-${String(body.role)}`;
    if (!isRole(body.role) || !SUBJECT.test(subject)) {
      res.status(400).json({ error: `role must be one of ${ROLES.join(', ')}; subject 1–40 letters, digits, . _ -` });
      return;
    }
    const token = await signToken(options.devSecret, subject, [body.role], '8h');
    res.set('cache-control', 'no-store').json({ token });
  });

  if (options.graphiql) router.get(['/graphiql', '/graphiql/'], page('graphiql.html'));
  router.get(['/', '/index.html'], page('index.html'));
  router.use(
    '/assets',
    express.static(path.join(options.distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  return router;
}
