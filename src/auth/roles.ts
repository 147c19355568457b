/**
 * Roles, each seeing everything the one before it sees:
 * viewer — duties, offices, posts, villages, stations (no personal data);
 * staff — also people's names and appointments;
 * discipline — also party relations, party membership and station-head consultations;
 * admin — everything, and the mutations.
 */
export const ROLES = ['viewer', 'staff', 'discipline', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when one of the caller's roles reaches the lowest role that is required. */
export function rolesAllow(callerRoles: readonly Role[], required: readonly Role[]): boolean {
  if (required.length === 0) return callerRoles.length > 0;
  const needed = Math.min(...required.map((role) => ROLES.indexOf(role)));
  return callerRoles.some((role) => ROLES.indexOf(role) >= needed);
}

/** Who is asking: the token's subject and roles, or the anonymous caller. */
export interface Viewer {
  subject: string;
  roles: Role[];
  anonymous: boolean;
}

export const ADMIN_VIEWER: Viewer = { subject: 'system', roles: ['admin'], anonymous: false };
