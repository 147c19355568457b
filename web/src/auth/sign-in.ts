import * as oauth from 'oauth4webapi';

/** GET /app-config: how this service lets people sign in (nothing secret). */
export interface AppClientConfig {
  devSignIn: boolean;
  roles: string[];
  oidc: { issuer: string; clientId: string; scope: string; audience: string | null } | null;
  graphiql: boolean;
}

export async function loadClientConfig(): Promise<AppClientConfig> {
  const response = await fetch('/app-config', { headers: { accept: 'application/json' } });
  return (await response.json()) as AppClientConfig;
}

/** Development only: the service mints a token for a role while it uses its local development secret. */
export async function developmentToken(role: string, subject: string): Promise<string> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, subject }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body.token;
}

// The PKCE verifier and state live in sessionStorage between the redirect and the callback only.
const PENDING = 'dutygraph.oidc.pending';
const redirectUri = () => `${location.origin}/`;

/** Plain http only for an issuer on this machine (the service's configuration refuses it elsewhere). */
const insecure = (config: NonNullable<AppClientConfig['oidc']>) => ({ [oauth.allowInsecureRequests]: new URL(config.issuer).protocol === 'http:' });

async function authorizationServer(config: NonNullable<AppClientConfig['oidc']>): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure(config) }));
}

/**
 * Production: the OpenID Connect authorization-code flow with PKCE (S256) against the town's
 * identity provider (OIDC_ISSUER, OIDC_CLIENT_ID: a public client, no secret in the browser).
 */
export async function startOidcSignIn(config: NonNullable<AppClientConfig['oidc']>): Promise<void> {
  const as = await authorizationServer(config);
  if (!as.authorization_endpoint) throw new Error('the identity provider names no authorization endpoint');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: location.hash }));
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  if (config.audience) url.searchParams.set('audience', config.audience);
  location.assign(url.toString());
}

/**
 * The callback: exchanges the one-time code for the access token (sent to the service as the
 * bearer token, which verifies it against the provider's keys), then removes the code from the
 * address bar. Resolves null when this page load is not a callback.
 */
export async function completeOidcSignIn(config: AppClientConfig): Promise<string | null> {
  const params = new URLSearchParams(location.search);
  const pendingRaw = sessionStorage.getItem(PENDING);
  if (!config.oidc || !pendingRaw || (!params.has('code') && !params.has('error'))) return null;
  sessionStorage.removeItem(PENDING);
  const pending = JSON.parse(pendingRaw) as { verifier: string; state: string; hash: string };
  history.replaceState(null, '', `/${pending.hash || ''}`);
  const as = await authorizationServer(config.oidc);
  const client: oauth.Client = { client_id: config.oidc.clientId };
  const callback = oauth.validateAuthResponse(as, client, params, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, redirectUri(), pending.verifier, insecure(config.oidc));
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  return tokens.access_token;
}
