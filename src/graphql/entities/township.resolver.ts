import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { TownshipListArgs } from './township.args';
import { Township, TownshipConnection } from './township.type';

@EntityLookups('township')
@Resolver()
export class TownshipResolver {
  @Query(() => Township, { nullable: true, description: 'One township by id, with its offices, villages, stations, town-level posts and party organisations on a day (default today). Unknown id: NOT_FOUND.' })
  township(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Township> {
    const selected = entitySelected('township', info, 'item', args.asOf);
    return ctx.services.entities.get('township', args.id, selected.asOf, selected.include);
  }

  @Query(() => TownshipConnection, { description: 'Townships in the graph, filtered by name, sorted and paged; each with everything `township` shows.' })
  async townships(@Args(() => TownshipListArgs) args: TownshipListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Township>> {
    const selected = entitySelected('township', info, 'connection', args.asOf);
    const filter = { ...commonFilter(args, args.sort), township: null };
    return toConnection(await ctx.services.entities.list('township', filter, selected.asOf, pageRequest(args), selected.include));
  }
}
