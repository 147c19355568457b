import { SignJWT, jwtVerify, createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, JWTPayload, JWTVerifyOptions, JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { isRole, Role, Viewer } from './roles';

/**
 * Bearer tokens, verified with jose (a maintained library):
 * - HS256, signed with JWT_SECRET (and still accepted with any of JWT_PREVIOUS_SECRETS while keys rotate);
 * - or, when a town uses an identity provider, RS/PS/ES/EdDSA tokens checked against its JWKS (JWT_JWKS_URL).
 * Every token must carry `exp` (at most `maxLifetimeSeconds` after `iat`, or after now without `iat`),
 * a subject and a known role; `iss` must be the configured issuer and `aud` the audience when one is set.
 */
export const DEFAULT_ISSUER = 'dutygraph';
const SHARED_SECRET_ALGORITHM = 'HS256';
/** Only asymmetric algorithms come from a JWKS: a public key must never double as an HMAC secret, and `none` is never accepted. */
export const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** How many verified tokens are remembered, and for how long at most (never past their `exp`). */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_FOR_MS = 5 * 60_000;

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

export interface TokenRules {
  /** Signs new tokens and verifies them; undefined when only a JWKS is trusted. */
  secret: string | undefined;
  /** Older secrets still accepted (key rotation); never used to sign. */
  previousSecrets: readonly string[];
  /** The identity provider's JWKS document (OIDC `jwks_uri`). */
  jwksUrl: string | undefined;
  issuer: string;
  audience: string | undefined;
  maxLifetimeSeconds: number;
  /** Where the roles are in the payload, a dotted path (`roles`, `realm_access.roles`). */
  rolesClaim: string;
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signToken(secret: string, subject: string, roles: Role[], expiresIn = '12h', claims: { issuer?: string; audience?: string } = {}): Promise<string> {
  const token = new SignJWT({ roles })
    .setProtectedHeader({ alg: SHARED_SECRET_ALGORITHM })
    .setSubject(subject)
    .setIssuer(claims.issuer ?? DEFAULT_ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (claims.audience) token.setAudience(claims.audience);
  return token.sign(key(secret));
}

function claimAt(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), payload);
}

function lifetimeProblem(payload: JWTPayload, maxLifetimeSeconds: number): string | undefined {
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp as number;
  if (payload.iat !== undefined && payload.iat > now + 60) return 'the token is issued in the future';
  const lifetime = exp - Math.min(payload.iat ?? now, now);
  if (lifetime > maxLifetimeSeconds) return `the token lives longer than the ${maxLifetimeSeconds} s allowed (JWT_MAX_LIFETIME_SECONDS)`;
  return undefined;
}

function reason(error: unknown): InvalidTokenError {
  if (error instanceof InvalidTokenError) return error;
  if (error instanceof joseErrors.JWTExpired) return new InvalidTokenError('the token has expired');
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'exp') return new InvalidTokenError('the token has no expiry (exp)');
    if (error.claim === 'iss') return new InvalidTokenError('the token is not from the accepted issuer');
    if (error.claim === 'aud') return new InvalidTokenError('the token is not for this audience');
    if (error.claim === 'nbf') return new InvalidTokenError('the token is not valid yet');
  }
  return new InvalidTokenError('the token is not valid');
}

/** One verifier per server: the JWKS is fetched on first use and cached by jose (refetched when an unknown `kid` appears). */
export function createTokenVerifier(rules: TokenRules): TokenVerifier {
  const secrets = [rules.secret, ...rules.previousSecrets].filter((secret): secret is string => Boolean(secret)).map(key);
  const jwks: JWTVerifyGetKey | undefined = rules.jwksUrl ? createRemoteJWKSet(new URL(rules.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 }) : undefined;
  const options = (algorithms: string[]): JWTVerifyOptions => ({
    algorithms,
    issuer: rules.issuer,
    ...(rules.audience ? { audience: rules.audience } : {}),
    requiredClaims: ['exp', 'sub'],
  });

  const verifyPayload = async (token: string): Promise<JWTPayload> => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new InvalidTokenError('the token is not valid');
    }
    if (alg === SHARED_SECRET_ALGORITHM && secrets.length > 0) {
      let lastError: unknown = new InvalidTokenError('the token is not valid');
      for (const secret of secrets) {
        try {
          return (await jwtVerify(token, secret, options([SHARED_SECRET_ALGORITHM]))).payload;
        } catch (error) {
          lastError = error;
          // Another secret may have signed it; any other failure is the token's own.
          if (!(error instanceof joseErrors.JWSSignatureVerificationFailed)) break;
        }
      }
      throw lastError;
    }
    if (alg && jwks && JWKS_ALGORITHMS.includes(alg)) return (await jwtVerify(token, jwks, options(JWKS_ALGORITHMS))).payload;
    throw new InvalidTokenError('the token is not valid');
  };

  // A token verified once is answered from memory until it expires (at most VERIFIED_FOR_MS): the
  // same caller sends the same token with every request, and its signature cannot change.
  const verified = new LRUCache<string, Viewer>({ max: VERIFIED_TOKENS });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    try {
      const payload = await verifyPayload(token);
      const problem = lifetimeProblem(payload, rules.maxLifetimeSeconds);
      if (problem) throw new InvalidTokenError(problem);
      const claimed = claimAt(payload, rules.rolesClaim);
      const roles = Array.isArray(claimed) ? claimed.filter(isRole) : [];
      if (!payload.sub || roles.length === 0) throw new InvalidTokenError('the token names no subject or no known role');
      const viewer: Viewer = Object.freeze({ subject: payload.sub, roles: Object.freeze([...new Set(roles)]) as Role[], anonymous: false });
      const expiresInMs = (payload.exp as number) * 1000 - Date.now();
      if (expiresInMs > 0) verified.set(token, viewer, { ttl: Math.min(expiresInMs, VERIFIED_FOR_MS) });
      return viewer;
    } catch (error) {
      throw reason(error);
    }
  };
}
