import { GraphQLError } from 'graphql';
import type { AuthConfig } from '../config';
import { ErrorCode } from '../errors';
import type { Viewer } from './roles';
import { InvalidTokenError, TokenVerifier } from './tokens';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * The caller of one HTTP request, from its Authorization header. A bad token refuses the whole
 * request (401); no token is anonymous, refused unless ANONYMOUS_ROLE=viewer.
 */
export async function viewerFromAuthorization(header: string | undefined, auth: Pick<AuthConfig, 'anonymousRole'>, verify: TokenVerifier): Promise<Viewer> {
  if (!header) {
    if (auth.anonymousRole === 'viewer') return { subject: 'anonymous', roles: ['viewer'], anonymous: true };
    throw unauthenticated('Authentication required: send Authorization: Bearer <token> (npm run token prints one).');
  }
  const token = BEARER.exec(header)?.[1];
  if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  try {
    return await verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(`Authentication failed: ${error.message}.`);
    throw error;
  }
}
