import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { mayLearn, roleFor } from '../../auth/privacy';
import { EntityKind, MODEL, MODEL_OF_KIND } from '../../domain/model';
import { resolveAsOf } from '../../domain/period';
import { BadUserInputError, ForbiddenError } from '../../errors';
import { selectedFieldsByType } from '../common/selection';
import { DayAsked, dayAskedBy } from './day-fields';
import { entityPartsFor } from './entity.selection';
import { asEntityType } from './entity-types';
import { Node } from './node.type';
import { personPartsFor } from './person.selection';

/** The most ids one `nodes` takes (a page of the longest list a screen shows). */
export const MAX_NODE_IDS = 100;

/**
 * `node(id)` and `nodes(ids)` (Relay's global object identification): any entity by its global id, in
 * one Cypher statement (entities/find-nodes), each computed as its own lookup computes it, for the parts
 * its type's selection reads and the one day its day fields ask (default today). An unknown id is null;
 * a person is refused below the staff role, as `person(id)` is, each refusal failing alone.
 */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by its global id (e.g. office:party-affairs); null when no entity has it. A person needs the staff role, as person(id) does.' })
  async node(@Arg('id', () => ID, { description: 'The global id.' }) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    const [answer] = await nodesFor([id], ctx, info);
    if (answer instanceof Error) throw answer;
    return answer ?? null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Entities by global id, in the order asked, in one round trip; null for an id no entity has. A person needs the staff role (a refused one is null with a FORBIDDEN error at its index). At most ${MAX_NODE_IDS} ids.`,
  })
  nodes(@Arg('ids', () => [ID], { description: 'The global ids.' }) ids: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<(Node | Error | null)[]> {
    if (ids.length > MAX_NODE_IDS) throw BadUserInputError.of('ids', `at most ${MAX_NODE_IDS} ids, got ${ids.length}`);
    return nodesFor(ids, ctx, info);
  }
}

/** Each id's entity (an instance of its type), a ForbiddenError for a refused one, or null. */
async function nodesFor(ids: readonly string[], ctx: RequestContext, info: GraphQLResolveInfo): Promise<(Node | Error | null)[]> {
  const byType = selectedFieldsByType(info, 'Node', MODEL.map((entry) => entry.label));
  const today = resolveAsOf(null);
  let asked: DayAsked | null = null;
  const include = {} as Record<EntityKind, string[]>;
  for (const entry of MODEL) {
    const fields = byType.get(entry.label)!;
    asked = dayAskedBy(entry.kind, fields, asked, today, info.fieldName);
    include[entry.kind] = entry.kind === 'person' ? personPartsFor(fields) : entityPartsFor(MODEL_OF_KIND[entry.kind], fields);
  }
  const identity = mayLearn(ctx.viewer, 'identity');
  const lookup = await ctx.services.entities.nodes(ids, asked?.day ?? today, include, identity);
  return ids.map((id) => {
    if (lookup.refused.has(id)) {
      return new ForbiddenError(`${id} is a person: people need the role ${roleFor('identity')}; your roles: ${ctx.viewer.roles.join(', ') || 'none'}.`);
    }
    const found = lookup.found.get(id);
    return found ? (asEntityType(found.kind, found.item) as Node) : null;
  });
}
