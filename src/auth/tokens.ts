import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { isRole, Role, Viewer } from './roles';

/** Bearer tokens are HS256 JWTs signed with JWT_SECRET, verified with jose (a maintained library). */
const ISSUER = 'dutygraph';
const ALGORITHM = 'HS256';

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signToken(secret: string, subject: string, roles: Role[], expiresIn = '12h'): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(secret));
}

export async function verifyToken(secret: string, token: string): Promise<Viewer> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, algorithms: [ALGORITHM] });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    if (!payload.sub || roles.length === 0) throw new InvalidTokenError('the token names no subject or no known role');
    return { subject: payload.sub, roles, anonymous: false };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('the token has expired');
    throw new InvalidTokenError('the token is not valid');
  }
}
