import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { isRole, rolesAllow } from '../auth/roles';

/**
 * The one auth checker behind every `@Authorized(...)`: the lowest role listed is required.
 * A refused field is an error for that field only (the value never leaves the server);
 * the rest of the response still arrives.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, required) => {
  const viewer = context.viewer;
  if (viewer.anonymous && viewer.roles.length === 0) throw new UnauthenticatedError();
  if (!rolesAllow(viewer.roles, required.filter(isRole))) {
    throw new ForbiddenError(`This field needs the role ${required.join(' or ')}; your roles: ${viewer.roles.join(', ') || 'none'}.`);
  }
  return true;
};
