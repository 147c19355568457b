import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { isRole, Role, rolesAllow, Viewer } from '../auth/roles';
import type { ProtectedExtension } from './common/protected';

/** Why a viewer may not have a field: no token at all, or a role too low. */
type Refusal = 'UNAUTHENTICATED' | { forbidden: string };

/** The one rule: an anonymous caller is unauthenticated; otherwise the lowest role listed is required. */
function refusalOf(viewer: Viewer, required: readonly Role[]): Refusal | null {
  if (viewer.anonymous && viewer.roles.length === 0) return 'UNAUTHENTICATED';
  if (rolesAllow(viewer.roles, required)) return null;
  return { forbidden: `This field needs the role ${required.join(' or ')}; your roles: ${viewer.roles.join(', ') || 'none'}.` };
}

/** A fresh error for each refused occurrence: graphql-js places an error at the path it is first thrown from. */
function refusalError(refusal: Refusal): Error {
  return refusal === 'UNAUTHENTICATED' ? new UnauthenticatedError() : new ForbiddenError(refusal.forbidden);
}

/**
 * The auth checker behind type-graphql's `@Authorized(...)`, which only the mutations use (one root
 * field per operation). A refused field is an error for that field only; the rest still arrives.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, required) => {
  const refusal = refusalOf(context.viewer, required.filter(isRole));
  if (refusal) throw refusalError(refusal);
  return true;
};

/**
 * The decisions of one operation (one request context): each gated field coordinate is decided once,
 * from the viewer's roles and the role the field needs, however many values of it the data has.
 */
export class FieldAccess {
  /** Field coordinate (`Person.name`) → the refusal, or null when allowed. */
  readonly decided = new Map<string, Refusal | null>();

  constructor(private readonly viewer: Viewer) {}

  refusal(coordinate: string, requires: Role): Refusal | null {
    let decision = this.decided.get(coordinate);
    if (decision === undefined) {
      decision = refusalOf(this.viewer, [requires]);
      this.decided.set(coordinate, decision);
    }
    return decision;
  }
}

const ACCESS = new WeakMap<object, FieldAccess>();

/** The field decisions of the operation whose context this is (made on first use). */
export function fieldAccess(context: Pick<RequestContext, 'viewer'>): FieldAccess {
  let access = ACCESS.get(context);
  if (!access) {
    access = new FieldAccess(context.viewer);
    ACCESS.set(context, access);
  }
  return access;
}

/**
 * Gates every field whose extension names the role it needs (`@Protected(fact)`): a plain
 * synchronous wrapper on those fields only, in place on the built schema. A refused field throws
 * before its resolver runs (its value is never computed), so it fails alone with FORBIDDEN (or
 * UNAUTHENTICATED) at its path, once per occurrence; every other field runs unwrapped.
 * Answers how many fields it gated.
 */
export function gateProtectedFields(schema: GraphQLSchema): number {
  let gated = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const requires = (field.extensions as Partial<ProtectedExtension> | undefined)?.requires;
      if (requires === undefined) continue;
      if (!isRole(requires)) throw new Error(`${type.name}.${field.name} requires an unknown role ${String(requires)}`);
      const coordinate = `${type.name}.${field.name}`;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        const refusal = fieldAccess(context).refusal(coordinate, requires);
        if (refusal) throw refusalError(refusal);
        return resolve(source, args, context, info);
      };
      gated += 1;
    }
  }
  return gated;
}
