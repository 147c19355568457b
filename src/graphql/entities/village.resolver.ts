import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { entitySelected } from './entity.selection';
import { VillageListArgs } from './village.args';
import { Village, VillageConnection } from './village.type';

@EntityLookups('village')
@Resolver()
export class VillageResolver {
  @Query(() => Village, { nullable: true, description: 'One village by id, with its kind, the unit it is under over time, resident cadre and two-committee posts on a day (default today). Unknown id: NOT_FOUND.' })
  village(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Village> {
    const selected = entitySelected('village', info, 'item', args.asOf);
    return ctx.services.entities.get('village', args.id, selected.asOf, selected.include);
  }

  @Query(() => VillageConnection, { description: 'Villages (in a township: under it or one of its offices on the day), filtered, sorted and paged; each with everything `village` shows.' })
  async villages(@Args(() => VillageListArgs) args: VillageListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Village>> {
    const selected = entitySelected('village', info, 'connection', args.asOf);
    const filter = { ...commonFilter(args, args.sort), kind: args.kind ?? null };
    return toConnection(await ctx.services.entities.list('village', filter, selected.asOf, pageRequest(args), selected.include));
  }
}
